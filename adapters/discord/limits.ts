// Discord's size limits for messages, embeds, components and autocomplete, and the guards that keep
// every payload inside them whatever the passage. Renderers budget their text first; these guards are
// the last line, so a long paragraph or a pasted essay can never make Discord reject a reply.

import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  embedLength,
} from 'discord.js';

/** Characters one embed counts toward the 6000 total (discord.js's own count). */
export { embedLength };

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

/** What Discord would reject in a message payload: one line per broken limit, empty when it fits. */
export function messageViolations(message: {
  content?: string;
  embeds?: readonly APIEmbed[];
  components?: readonly Row[];
}): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} long (max ${max})`);
  };
  over('content', message.content?.length ?? 0, LIMITS.content);
  const embeds = message.embeds ?? [];
  over('embed count', embeds.length, LIMITS.embeds);
  embeds.forEach((embed, i) => {
    over(`embed ${i} title`, embed.title?.length ?? 0, LIMITS.embedTitle);
    over(`embed ${i} description`, embed.description?.length ?? 0, LIMITS.embedDescription);
    over(`embed ${i} footer`, embed.footer?.text.length ?? 0, LIMITS.footerText);
    over(`embed ${i} author`, embed.author?.name.length ?? 0, LIMITS.authorName);
    over(`embed ${i} field count`, embed.fields?.length ?? 0, LIMITS.embedFields);
    embed.fields?.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name.length, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, field.value.length, LIMITS.fieldValue);
      if (field.name.trim() === '' || field.value.trim() === '')
        problems.push(`embed ${i} field ${j} is blank`);
    });
  });
  over(
    'embed total',
    embeds.reduce((sum, embed) => sum + embedLength(embed), 0),
    LIMITS.embedTotal,
  );
  const rows = message.components ?? [];
  over('action rows', rows.length, LIMITS.actionRows);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    over(`row ${i} components`, row.components.length, LIMITS.componentsPerRow);
    for (const component of row.components) {
      if ('custom_id' in component) {
        over(`custom_id ${component.custom_id}`, component.custom_id.length, LIMITS.customId);
        if (ids.has(component.custom_id)) problems.push(`custom_id ${component.custom_id} is repeated`);
        ids.add(component.custom_id);
      }
      if ('label' in component && component.label !== undefined) {
        over(`button label ${component.label}`, component.label.length, LIMITS.buttonLabel);
      }
    }
  });
  return problems;
}

/** What Discord would reject in an autocomplete answer. */
export function choicesViolations(choices: readonly { name: string; value: string | number }[]): string[] {
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (max ${LIMITS.choices})`);
  for (const choice of choices) {
    if (choice.name.length < 1 || choice.name.length > LIMITS.choiceName) {
      problems.push(`choice name "${choice.name}" is ${choice.name.length} long`);
    }
    if (
      typeof choice.value === 'string' &&
      (choice.value.length < 1 || choice.value.length > LIMITS.choiceValue)
    ) {
      problems.push(`choice value "${choice.value}" is ${choice.value.length} long`);
    }
  }
  return problems;
}
