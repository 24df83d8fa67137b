// `/cyberviews help [command:]`: what each subcommand does, with an example (always ephemeral).
// The core's help, plus `settings`, which only Discord has.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { help, SUBCOMMANDS } from '../../../src/index.js';
import { renderHelp } from '../render/info.js';
import type { Reply } from '../render/reply.js';
import * as settings from './settings.js';

/** Subcommands the help can be narrowed to: the ones this adapter offers, in the order Discord lists them. */
const TOPICS = [...SUBCOMMANDS.filter((name) => name !== 'help'), 'settings', 'help'];

export const data = new SlashCommandSubcommandBuilder()
  .setName('help')
  .setDescription('How to use /cyberviews, with examples')
  .addStringOption((option) =>
    option
      .setName('command')
      .setDescription('Help on one subcommand only')
      .setRequired(false)
      .addChoices(TOPICS.map((topic) => ({ name: topic, value: topic }))),
  );

export function execute(interaction: ChatInputCommandInteraction): Reply {
  return renderHelp(help(interaction.options.getString('command') ?? undefined, [settings.helpEntry]));
}
