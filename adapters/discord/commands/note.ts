// `/cyberviews note number:…`: the passage that carries footnote marker N (the article has 85).

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { NOTE_RANGE } from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('note')
  .setDescription(`Show the passage that carries footnote N (${NOTE_RANGE.first}–${NOTE_RANGE.last})`)
  .addIntegerOption((option) =>
    option
      .setName('number')
      .setDescription(`Footnote number, ${NOTE_RANGE.first}–${NOTE_RANGE.last}`)
      .setRequired(true)
      .setMinValue(NOTE_RANGE.first)
      .setMaxValue(NOTE_RANGE.last),
  );

/** Discord enforces the range in its client; the core still answers anything else with what to type. */
export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  const note = interaction.options.getInteger('number', true);
  return renderResult(ctx.core.run({ kind: 'note', note }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
