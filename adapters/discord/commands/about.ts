// `/cyberviews about`: the article's bibliographic facts and how to cite it.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('about')
  .setDescription('What the article is, who wrote it, and how to cite it');

export function execute(_interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  return renderResult(ctx.core.run({ kind: 'about' }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
