// The Follow up button under answers in HTTP-interactions mode, where the bot sees no messages and so
// cannot read replies to its answers. A click opens a form with one short text input; its submission is
// answered like a reply to the answer ("what page is that on?", "who said it?", "cite it", "more", "show the
// full passage"; anything else is a fresh question), seen by the same people as the answer was.

import { type ButtonInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import { type Action, cleanInput, MAX_INPUT } from '../../../src/index.js';
import type { Context } from '../context.js';
import { followUpReply } from '../followup.js';
import type { Sender } from '../handle.js';
import { followUpId, pageFromEmbeds } from '../render/answer.js';
import { oneLineForm } from '../render/form.js';
import { notice, type Reply } from '../render/reply.js';
import { UNKNOWN_QUESTION } from './handlers.js';

type FollowUp = Extract<Action, { kind: 'followup' }>;

/** The form's one text input, as the submitted modal names it. */
export const FOLLOW_UP_INPUT = 'followup';

export const FOLLOW_UP_FORM = {
  title: 'Follow up on this answer',
  label: 'Your follow-up, or a new question',
  placeholder: 'what page is that on? · who said it? · more',
} as const;

/** Opens the follow-up form, whose custom id carries the page; a notice when it cannot be opened. */
export async function handleFollowUpButton(
  { question, offset }: FollowUp,
  interaction: ButtonInteraction,
  send: Pick<Sender, 'modal'>,
): Promise<Reply | undefined> {
  const customId = followUpId(
    question ?? pageFromEmbeds(interaction.message.embeds)?.question ?? null,
    offset,
  );
  if (customId === undefined) return notice(UNKNOWN_QUESTION);
  const modal = oneLineForm(customId, FOLLOW_UP_FORM, {
    id: FOLLOW_UP_INPUT,
    required: true,
    maxLength: MAX_INPUT,
  });
  // A form can only be the first response: once deferred, say how to go on instead.
  return (await send.modal(modal)) === false
    ? notice('I could not open the form in time. Press Follow up again, or ask with `/cyberviews ask`.')
    : undefined;
}

/** Answers the submitted follow-up form against the answer its button was on. */
export function handleFollowUpSubmit(
  state: FollowUp,
  interaction: ModalSubmitInteraction,
  ctx: Context,
): Reply {
  const text = cleanInput(interaction.fields.getTextInputValue(FOLLOW_UP_INPUT));
  if (text === '') return notice('Type a follow-up, e.g. “what page is that on?”, or a new question.');
  const answer = interaction.message;
  const question = state.question ?? (answer ? pageFromEmbeds(answer.embeds)?.question : undefined);
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
