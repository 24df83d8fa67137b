// 👍 / 👎 on Discord answers: a vote is stored (question, passages shown, vote, time; never who voted)
// and the voter thanked privately; a 👎 opens a modal (showModal) for an optional one-line reason,
// stored with the vote when the modal is submitted.

import type {
  APIModalInteractionResponseCallbackData,
  ButtonInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import { castVote, encodeAction, keepReason, MAX_REASON, REASON_FORM, THANKS } from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Sender } from '../handle.js';
import { LIMITS } from '../limits.js';
import { questionFromEmbeds } from '../render/answer.js';
import { oneLineForm } from '../render/form.js';
import { notice, type Reply } from '../render/reply.js';
import { decodeButton, UNKNOWN_QUESTION } from './ids.js';

/** The reason's text input, as the submitted modal names it. */
export const REASON_INPUT = 'reason';

/** The modal asking why an answer did not help; its custom id names the stored vote. */
export function reasonModal(vote: number): APIModalInteractionResponseCallbackData | undefined {
  const customId = encodeAction({ kind: 'reason', vote }, LIMITS.customId);
  if (customId === undefined) return undefined;
  return oneLineForm(customId, REASON_FORM, { id: REASON_INPUT, required: false, maxLength: MAX_REASON });
}

/** True when the button is a vote: the bot then lets `handleVote` answer it. */
export function isVote(interaction: ButtonInteraction): boolean {
  return decodeButton(interaction.customId)?.kind === 'vote';
}

/** True when the submitted modal is a 👎's reason form. */
export function isReason(interaction: ModalSubmitInteraction): boolean {
  return decodeButton(interaction.customId)?.kind === 'reason';
}

/** Records a vote; thanks a 👍 privately, opens the reason form for a 👎. */
export async function handleVote(
  interaction: ButtonInteraction,
  ctx: Context,
  send: Pick<Sender, 'modal'>,
): Promise<Reply | undefined> {
  const vote = decodeButton(interaction.customId);
  if (vote?.kind !== 'vote') return notice('This button is not one of mine any more.');
  if (ctx.feedback === undefined) return notice(THANKS.unavailable);
  const question = vote.question ?? questionFromEmbeds(interaction.message.embeds);
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
    (error) =>
      ctx.log.error('could not record a vote', {
        error: error instanceof Error ? error.message : String(error),
      }),
  );
  if (outcome.kind === 'thank') return notice(outcome.message);
  const modal = reasonModal(outcome.vote);
  if (modal === undefined) return notice(THANKS.unhelpful);
  // The modal is the interaction's one response: the vote is already stored, whatever the voter does next.
  // A response already deferred (HTTP, a slow store) cannot become a form: the vote is thanked instead.
  return (await send.modal(modal)) === false ? notice(THANKS.unhelpful) : undefined;
}

/** Stores the reason given in the 👎 form, and thanks the voter privately. */
export async function handleReason(interaction: ModalSubmitInteraction, ctx: Context): Promise<Reply> {
  const state = decodeButton(interaction.customId);
  if (state?.kind !== 'reason' || ctx.feedback === undefined) return notice(THANKS.unhelpful);
  const kept = await keepReason(
    ctx.feedback,
    state.vote,
    interaction.fields.getTextInputValue(REASON_INPUT),
    (error) =>
      ctx.log.error('could not store the reason given with a vote', {
        error: error instanceof Error ? error.message : String(error),
      }),
  );
  return notice(kept ? THANKS.reason : THANKS.unhelpful);
}
