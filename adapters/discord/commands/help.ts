// `/cyberviews help`: what each subcommand does, with an example (always ephemeral).

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
  name: 'help',
  description: 'How to use /cyberviews, with examples',
};

export function execute(_interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  return renderResult(ctx.core.run({ kind: 'help' }), {
    about: ctx.core.about,
    ephemeral: ctx.ephemeralByDefault,
  });
}
