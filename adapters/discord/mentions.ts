// Mentions address people, not the article: Discord's mention syntax is taken out of what a user asks
// before the core searches it (`<@123>`, `<@!123>`, `<@&role>`, `<#channel>`, `</cmd:id>`, `@everyone`).

const MENTION = /<(?:@[!&]?|#)\d+>|<\/[^<>:]+:\d+>|(?<![\p{L}\p{N}])@(?:everyone|here)\b/gu;

/** The text without Discord mention syntax. */
export function withoutMentions(text: string): string {
  return text.replace(MENTION, ' ');
}
