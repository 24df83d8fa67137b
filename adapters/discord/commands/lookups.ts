// The lookups, as in the core's src/lookup: where a quoted phrase stands (`cite phrase:…`), the passage
// that carries footnote N (`note number:…`), the outline (`sections`) and the bibliographic facts (`about`).

import { SlashCommandSubcommandBuilder } from 'discord.js';
import { citeCommand, cleanInput, MAX_INPUT, NOTE_RANGE } from '../../../src/index.js';
import { coreSubcommand } from './subcommand.js';

/** The core refuses an empty or overlong phrase (after cleaning) with what to type instead. */
export const cite = coreSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('cite')
    .setDescription('Find where a phrase stands in the article, to cite it (page, paragraph, notes)')
    .addStringOption((option) =>
      option
        .setName('phrase')
        .setDescription('Words from the article, e.g. "lower-hanging fruit"')
        .setRequired(true)
        .setMaxLength(MAX_INPUT),
    ),
  (interaction) => citeCommand(cleanInput(interaction.options.getString('phrase', true))),
);

/** Discord enforces the range in its client; the core still answers anything else with what to type. */
export const note = coreSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('note')
    .setDescription(`Show the passage that carries footnote N (${NOTE_RANGE.first}–${NOTE_RANGE.last})`)
    .addIntegerOption((option) =>
      option
        .setName('number')
        .setDescription(`Footnote number, ${NOTE_RANGE.first}–${NOTE_RANGE.last}`)
        .setRequired(true)
        .setMinValue(NOTE_RANGE.first)
        .setMaxValue(NOTE_RANGE.last),
    ),
  (interaction) => ({ kind: 'note', note: interaction.options.getInteger('number', true) }),
);

export const sections = coreSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('sections')
    .setDescription("List the article's sections with their pages and paragraphs"),
  () => ({ kind: 'sections' }),
);

export const about = coreSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('about')
    .setDescription('What the article is, who wrote it, and how to cite it'),
  () => ({ kind: 'about' }),
);
