// Slack text hygiene: what goes out is inert, what comes in is plain text again.
// Slack's mrkdwn treats only `&`, `<` and `>` as control characters; escaping them is what keeps
// `<!channel>`, `<!here>` and `<@U…>` typed by a user (or found in the article) from pinging anyone.

/** Escapes `&`, `<`, `>` so any text can sit inside mrkdwn or plain_text without becoming a mention or link. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's own escaping of message text (events arrive with `&amp;`, `&lt;`, `&gt;`). */
export function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes mentions of the bot (`<@U123>` or `<@U123|name>`) from a message and trims what is left. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId === undefined) return text.trim();
  const mention = new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g');
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** A mrkdwn link whose label cannot break out of the `<url|label>` syntax. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeText(label).replace(/\|/g, '/')}>`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
