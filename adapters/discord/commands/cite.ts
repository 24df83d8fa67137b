// `/cyberviews cite phrase:…`: where a quoted phrase stands (page, paragraph, notes).

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { cleanInput, MAX_INPUT } from '../../../src/index.js';
import type { Context } from '../context.js';
import { notice, type Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export const MAX_PHRASE_LENGTH = MAX_INPUT;

export const data = new SlashCommandSubcommandBuilder()
  .setName('cite')
  .setDescription('Find where a phrase stands in the article, to cite it (page, paragraph, notes)')
  .addStringOption((option) =>
    option
      .setName('phrase')
      .setDescription('Words from the article, e.g. "lower-hanging fruit"')
      .setRequired(true)
      .setMaxLength(MAX_PHRASE_LENGTH),
  );

export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  const phrase = cleanInput(interaction.options.getString('phrase', true));
  if (phrase === '')
    return notice('Give a phrase to look up, e.g. `/cyberviews cite phrase: lower-hanging fruit`.');
  if (phrase.length > MAX_PHRASE_LENGTH) {
    return notice(
      `That phrase is ${phrase.length} characters long; the limit is ${MAX_PHRASE_LENGTH}. Quote a few words.`,
    );
  }
  return renderResult(ctx.core.run({ kind: 'cite', phrase }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
