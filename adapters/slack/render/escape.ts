// Slack text hygiene: what goes out is inert, what comes in is plain text again.
// Slack's mrkdwn treats only `&`, `<` and `>` as control characters; escaping them is what keeps
// `<!channel>`, `<!here>` and `<@U…>` typed by a user (or found in the article) from pinging anyone.

/** Any of the three characters mrkdwn reads as control characters. */
export const ESCAPED = /[&<>]/;

/** Escapes `&`, `<`, `>` so any text can sit inside mrkdwn or plain_text without becoming a mention or link. */
export function escapeText(text: string): string {
  // Most text has none of the three: no need to copy it three times.
  if (!ESCAPED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's own escaping of message text (events arrive with `&amp;`, `&lt;`, `&gt;`). */
export function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * What a user wrote in Slack, as plain text for the core. Slack sends mentions and links as `<…>` tokens:
 * mentions (`<@U…>`, `<!here>`, `<!channel>`, the bot's own) address people, not the article, so they
 * are dropped; channels keep their name, links their label. Then Slack's entities are decoded, so text a
 * user typed literally (`&lt;!channel&gt;`) reaches the core as `<!channel>` and goes back escaped.
 */
export function plainText(slackText: string): string {
  // Every token starts with `<` and every entity with `&`: typed text without either is only tidied.
  if (!ESCAPED.test(slackText)) return slackText.replace(/\s+/g, ' ').trim();
  const text = slackText
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<[@!#][^>]*>/g, ' ');
  return unescapeText(text).replace(/\s+/g, ' ').trim();
}

/** A mrkdwn link whose label cannot break out of the `<url|label>` syntax. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeText(label).replace(/\|/g, '/')}>`;
}
