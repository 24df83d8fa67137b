// `/cyberviews sections`: the article's outline (section titles, pages, paragraphs).

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('sections')
  .setDescription("List the article's sections with their pages and paragraphs");

export function execute(_interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  return renderResult(ctx.core.run({ kind: 'sections' }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
