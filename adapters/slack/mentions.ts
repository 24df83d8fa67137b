// Mentions address people, not the article: Slack's mention syntax is taken out of what a user asks
// before the core searches it. Slack's own tokens (`<@U123>`, `<!here>`) are dropped with the rest of
// its markup by `plainText`; these are the ones that arrive as literal text (a slash command's `@here`,
// an escaped `&lt;!channel&gt;` decoded back).

import { type Command, cleanInput } from '../../src/index.js';

const MENTION = /<[@#!][^<>\s]*>|(?<![\p{L}\p{N}])@(?:everyone|here|channel)\b/gu;

/** The text without Slack mention syntax: `<@U123>`, `<!channel>`, `<#C1|general>`, `@here`. */
export function withoutMentions(text: string): string {
  return text.replace(MENTION, ' ');
}

/**
 * A command as the core should search it: a question or digest topic without mentions (a topic that is
 * nothing but mentions stays, so the reply says the article has nothing on it).
 */
export function withoutMentionsIn(command: Command): Command {
  if (command.kind === 'ask') return { ...command, question: withoutMentions(command.question) };
  if (command.kind === 'digest' && command.topic !== undefined) {
    const topic = cleanInput(withoutMentions(command.topic));
    return topic === '' ? command : { ...command, topic };
  }
  return command;
}
