// `/cyberviews ask question:…`: ranked, cited passages, a page at a time, with autocomplete.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { ANSWER_PAGE_SIZE, askCommand, cleanInput, MAX_INPUT, nextAnswerPage } from '../../../src/index.js';
import type { Context } from '../context.js';
import { withoutMentions } from '../mentions.js';
import { renderAnswer } from '../render/answer.js';
import { notice, type Reply } from '../render/reply.js';
import { where } from './subcommand.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; get the passages that answer it, with citations')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. "what is cyber sovereignty" (start typing for suggestions from the article)')
      .setRequired(true)
      // The core's input limit, so Discord's client stops longer questions before sending.
      .setMaxLength(MAX_INPUT)
      .setAutocomplete(true),
  );

/** One page of the answer to `question`, starting at `offset`; shared by the command and its buttons. */
export function answerPage(
  question: string,
  offset: number,
  ctx: Context,
  ephemeral: boolean,
  onAnswered?: (question: string) => void,
): Reply {
  const cleaned = cleanInput(question);
  const command = askCommand(cleaned);
  if (command.kind === 'invalid') return notice(command.message);
  const answer = ctx.core.ask(withoutMentions(cleaned), { limit: ANSWER_PAGE_SIZE, offset });
  if (answer.answered) onAnswered?.(cleaned);
  return renderAnswer(answer, {
    offset,
    next: nextAnswerPage(answer, offset),
    sourceUrl: ctx.core.about.meta.url,
    ephemeral,
    votes: ctx.feedback !== undefined,
    followUp: ctx.followUpButton === true,
  });
}

export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  // An answered question joins the channel's recap (its text and time, not who asked).
  const log = (question: string) => ctx.digests.logQuestion(question, where(interaction));
  return answerPage(interaction.options.getString('question', true), 0, ctx, ctx.ephemeralByDefault, log);
}
