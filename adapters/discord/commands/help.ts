// `/cyberviews help [command:]`: what each subcommand does, with an example (always ephemeral).

import {
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Command, Subcommand } from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

/** Subcommands the help can be narrowed to: the ones this adapter offers. */
const TOPICS: readonly Subcommand[] = [
  'ask',
  'cite',
  'note',
  'sections',
  'about',
  'digest',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'help',
];

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'help',
  description: 'How to use /cyberviews, with examples',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'command',
      description: 'Help on one subcommand only',
      required: false,
      choices: TOPICS.map((topic) => ({ name: topic, value: topic })),
    },
  ],
};

export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  const wanted = interaction.options.getString('command');
  const topic = TOPICS.find((candidate) => candidate === wanted);
  const command: Command = topic ? { kind: 'help', topic } : { kind: 'help' };
  return renderResult(ctx.core.run(command), { about: ctx.core.about, ephemeral: ctx.ephemeralByDefault });
}
