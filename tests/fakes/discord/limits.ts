// What Discord would reject in a message payload or an autocomplete answer, as the fakes' check on
// what the bot sends: every renderer is tested against it. Test code, not the adapter's: the bot keeps
// its payloads inside the limits by construction (adapters/discord/limits.ts).

import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { embedLength } from 'discord.js';
import { LIMITS } from '../../../adapters/discord/limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

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
