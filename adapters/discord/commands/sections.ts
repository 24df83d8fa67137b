// `/cyberviews sections`: the article's outline (section titles, pages, paragraphs).

import {
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'sections',
  description: "List the article's sections with their pages and paragraphs",
};

export function execute(_interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  return renderResult(ctx.core.run({ kind: 'sections' }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
