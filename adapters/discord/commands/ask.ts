// `/cyberviews ask question:…`: ranked, cited passages, a page at a time, with autocomplete.

import {
  type APIApplicationCommandOptionChoice,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import { ANSWER_PAGE_SIZE, cleanInput, MAX_INPUT, nextAnswerPage } from '../../../src/index.js';
import type { Context } from '../context.js';
import { withoutMentions } from '../mentions.js';
import { renderAnswer } from '../render/answer.js';
import { notice, type Reply } from '../render/reply.js';
import { suggestionsFor } from './suggestions.js';
import { where } from './where.js';

/** The core's input limit, declared to Discord so its client stops longer questions before sending. */
export const MAX_QUESTION_LENGTH = MAX_INPUT;

export const data = new SlashCommandSubcommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the article; get the passages that answer it, with citations')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. "what is cyber sovereignty" (start typing for suggestions from the article)')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
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
  if (cleaned === '')
    return notice('Type a question, e.g. `/cyberviews ask question: what is cyber sovereignty`.');
  if (cleaned.length > MAX_QUESTION_LENGTH) {
    return notice(
      `That question is ${cleaned.length} characters long; the limit is ${MAX_QUESTION_LENGTH}. Ask about one point at a time, e.g. \`/cyberviews ask question: what is cyber sovereignty\`.`,
    );
  }
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

export function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: Context,
): APIApplicationCommandOptionChoice<string>[] {
  return suggestionsFor(ctx.core, String(interaction.options.getFocused()));
}
