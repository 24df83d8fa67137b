// Discord's size limits for messages, embeds, components and autocomplete, and the guards that keep
// every payload inside them whatever the passage. Renderers budget their text first; these guards are
// the last line, so a long paragraph or a pasted essay can never make Discord reject a reply.

import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  embedLength,
} from 'discord.js';

/** The limits Discord documents for messages, embeds, components and autocomplete choices. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer text and author name of all embeds together. */
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` UTF-16 units, ending in an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, Math.max(cut, 0))}${ELLIPSIS}`;
}

/**
 * Like `truncate`, for Discord markdown: drops a dangling escape backslash and closes an unbalanced
 * `**` so a cut inside bold text does not spill bold over the rest of the message.
 */
export function truncateMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  let body = truncate(text, max - 2).slice(0, -ELLIPSIS.length);
  body = body.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1');
  const closes = (body.match(/(?<!\\)\*\*/g) ?? []).length % 2 === 1;
  if (closes && body.endsWith('*') && !body.endsWith('**')) body = body.slice(0, -1);
  return closes ? `${body}${ELLIPSIS}**` : `${body}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** One embed with every part cut to its own limit and at most 25 fields. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateMarkdown(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) {
    fitted.description = truncateMarkdown(embed.description, LIMITS.embedDescription);
  }
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footerText) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncateMarkdown(field.name, LIMITS.fieldName) || '\u200b',
      value: truncateMarkdown(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return fitted;
}

/**
 * At most 10 embeds whose text adds up to at most 6000 characters: the longest description is cut
 * first (it is where passages live), then trailing embeds are dropped.
 */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  const total = () => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  let excess = total() - LIMITS.embedTotal;
  while (excess > 0) {
    const longest = fitted.reduce<APIEmbed | undefined>(
      (best, embed) => ((embed.description?.length ?? 0) > (best?.description?.length ?? 0) ? embed : best),
      undefined,
    );
    const length = longest?.description?.length ?? 0;
    if (!longest || length <= 200) break;
    longest.description = truncateMarkdown(longest.description ?? '', Math.max(200, length - excess));
    excess = total() - LIMITS.embedTotal;
  }
  while (fitted.length > 1 && total() > LIMITS.embedTotal) {
    // A footer carries state (the question an answer records), so it moves up rather than going.
    const dropped = fitted.pop();
    const last = fitted.at(-1);
    if (dropped?.footer && last && !last.footer) last.footer = dropped.footer;
  }
  const only = fitted[0];
  if (only && total() > LIMITS.embedTotal) {
    // One embed still too long: its fields are the only text left to give up.
    only.fields = (only.fields ?? []).slice(0, 0);
  }
  return fitted;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** At most 5 rows of at most 5 components; buttons keep custom ids and labels inside their limits. */
export function fitComponents(rows: readonly Row[]): Row[] {
  return rows
    .slice(0, LIMITS.actionRows)
    .map((row) => ({ ...row, components: row.components.slice(0, LIMITS.componentsPerRow) }))
    .filter((row) => row.components.length > 0);
}
