// Mentions address people, not the article: Slack's mention syntax is taken out of what a user asks
// before the core searches it. Slack's own tokens (`<@U123>`, `<!here>`) are dropped with the rest of
// its markup by `plainText`; these are the ones that arrive as literal text (a slash command's `@here`,
// an escaped `&lt;!channel&gt;` decoded back).

const MENTION = /<[@#!][^<>\s]*>|(?<![\p{L}\p{N}])@(?:everyone|here|channel)\b/gu;

/** The text without Slack mention syntax: `<@U123>`, `<!channel>`, `<#C1|general>`, `@here`. */
export function withoutMentions(text: string): string {
  return text.replace(MENTION, ' ');
}
