// 👍 / 👎 on Discord answers: a vote is stored (question, passages shown, vote, time; never who voted)
// and the voter thanked privately; a 👎 opens a modal (showModal) for an optional one-line reason,
// stored with the vote when the modal is submitted.

import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import {
  type Action,
  castVote,
  encodeAction,
  keepReason,
  MAX_REASON,
  REASON_FORM,
  THANKS,
} from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Sender } from '../handle.js';
import { LIMITS } from '../limits.js';
import { pageFromEmbeds } from '../render/answer.js';
import { oneLineForm } from '../render/form.js';
import { notice, type Reply } from '../render/reply.js';
import { UNKNOWN_QUESTION } from './handlers.js';

/** The reason's text input, as the submitted modal names it. */
export const REASON_INPUT = 'reason';

const logError = (ctx: Context, message: string) => (error: unknown) =>
  ctx.log.error(message, { error: error instanceof Error ? error.message : String(error) });

/** Records a vote; thanks a 👍 privately, opens the reason form (its custom id names the stored vote) for a 👎. */
export async function handleVote(
  vote: Extract<Action, { kind: 'vote' }>,
  interaction: ButtonInteraction,
  ctx: Context,
  send: Pick<Sender, 'modal'>,
): Promise<Reply | undefined> {
  if (ctx.feedback === undefined) return notice(THANKS.unavailable);
  const question = vote.question ?? pageFromEmbeds(interaction.message.embeds)?.question;
  if (!question) return notice(UNKNOWN_QUESTION);
  const outcome = await castVote(
    ctx.feedback,
    {
      platform: 'discord',
      workspace: interaction.guildId ?? '',
      channel: interaction.channelId ?? '',
      question,
      passages: vote.passages,
      helpful: vote.helpful,
      votedAt: ctx.now(),
    },
    logError(ctx, 'could not record a vote'),
  );
  if (outcome.kind === 'thank') return notice(outcome.message);
  const customId = encodeAction({ kind: 'reason', vote: outcome.vote }, LIMITS.customId);
  if (customId === undefined) return notice(THANKS.unhelpful);
  const modal = oneLineForm(customId, REASON_FORM, {
    id: REASON_INPUT,
    required: false,
    maxLength: MAX_REASON,
  });
  // The modal is the interaction's one response: the vote is already stored, whatever the voter does next.
  // A response already deferred (HTTP, a slow store) cannot become a form: the vote is thanked instead.
  return (await send.modal(modal)) === false ? notice(THANKS.unhelpful) : undefined;
}

/** Stores the reason given in the 👎 form for stored vote `vote`, and thanks the voter privately. */
export async function handleReason(
  vote: number,
  interaction: ModalSubmitInteraction,
  ctx: Context,
): Promise<Reply> {
  if (ctx.feedback === undefined) return notice(THANKS.unhelpful);
  const typed = interaction.fields.getTextInputValue(REASON_INPUT);
  const kept = await keepReason(
    ctx.feedback,
    vote,
    typed,
    logError(ctx, 'could not store the reason given with a vote'),
  );
  return notice(kept ? THANKS.reason : THANKS.unhelpful);
}
