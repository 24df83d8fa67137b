// The Follow up button under answers in HTTP-interactions mode, where the bot sees no messages and so
// cannot read replies to its answers. A click opens a form with one short text input; its submission is
// answered like a reply to the answer ("what page is that on?", "who said it?", "cite it", "more", "show the
// full passage"; anything else is a fresh question), seen by the same people as the answer was.

import {
  type APIModalInteractionResponseCallbackData,
  type ButtonInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { cleanInput, MAX_INPUT } from '../../../src/index.js';
import type { Context } from '../context.js';
import { followUpReply } from '../followup.js';
import type { Sender } from '../handle.js';
import { questionFromEmbeds } from '../render/answer.js';
import { oneLineForm } from '../render/form.js';
import { notice, type Reply } from '../render/reply.js';
import { buttonId, decodeButton, STALE_BUTTON, UNKNOWN_QUESTION } from './ids.js';

/** The form's one text input, as the submitted modal names it. */
export const FOLLOW_UP_INPUT = 'followup';

export const FOLLOW_UP_FORM = {
  title: 'Follow up on this answer',
  label: 'Your follow-up, or a new question',
  placeholder: 'what page is that on? · who said it? · more',
} as const;

/** The form for a follow-up on the page of `question` from `offset`; its custom id carries that page. */
export function followUpModal(
  question: string | null,
  offset: number,
): APIModalInteractionResponseCallbackData | undefined {
  // The question itself when it fits the id; else the answer's footer, which the submission brings back.
  const customId =
    (question === null ? undefined : buttonId({ kind: 'followup', question, offset })) ??
    buttonId({ kind: 'followup', question: null, offset });
  if (customId === undefined) return undefined;
  return oneLineForm(customId, FOLLOW_UP_FORM, { id: FOLLOW_UP_INPUT, required: true, maxLength: MAX_INPUT });
}

/** True when the button or the submitted form is a Follow up. */
export function isFollowUp(interaction: ButtonInteraction | ModalSubmitInteraction): boolean {
  return decodeButton(interaction.customId)?.kind === 'followup';
}

/** Opens the follow-up form; a notice when the click cannot be answered with a form any more. */
export async function handleFollowUpButton(
  interaction: ButtonInteraction,
  send: Pick<Sender, 'modal'>,
): Promise<Reply | undefined> {
  const state = decodeButton(interaction.customId);
  if (state?.kind !== 'followup') return notice(STALE_BUTTON);
  const modal = followUpModal(
    state.question ?? questionFromEmbeds(interaction.message.embeds) ?? null,
    state.offset,
  );
  if (modal === undefined) return notice(UNKNOWN_QUESTION);
  // A form can only be the first response: once deferred, say how to go on instead.
  return (await send.modal(modal)) === false
    ? notice('I could not open the form in time. Press Follow up again, or ask with `/cyberviews ask`.')
    : undefined;
}

/** Answers the submitted follow-up form against the answer its button was on. */
export function handleFollowUpSubmit(interaction: ModalSubmitInteraction, ctx: Context): Reply {
  const state = decodeButton(interaction.customId);
  if (state?.kind !== 'followup') return notice(STALE_BUTTON);
  const text = cleanInput(interaction.fields.getTextInputValue(FOLLOW_UP_INPUT));
  if (text === '') return notice('Type a follow-up, e.g. “what page is that on?”, or a new question.');
  const answer = interaction.message;
  const question = state.question ?? (answer ? questionFromEmbeds(answer.embeds) : undefined);
  // Seen as the answer was: by the asker alone when it was private, else by the channel.
  const ephemeral = answer ? answer.flags.has(MessageFlags.Ephemeral) : ctx.ephemeralByDefault;
  const where = {
    platform: 'discord' as const,
    channel: interaction.channelId ?? '',
    admin: false,
    workspace: interaction.guildId,
  };
  const page = question === undefined ? undefined : { question, offset: state.offset };
  return followUpReply(text, page, ctx, {
    ephemeral,
    onAnswered: (fresh) => ctx.digests.logQuestion(fresh, where),
  });
}
