// `/cyberviews help [command:]`: what each subcommand does, with an example (always ephemeral).
// The core's help, plus `settings`, which only Discord has.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Command, CommandResult, Help, Subcommand } from '../../../src/index.js';
import type { Context } from '../context.js';
import { renderHelp } from '../render/info.js';
import type { Reply } from '../render/reply.js';
import * as settings from './settings.js';
import { showResult } from './subcommand.js';

/** Subcommands the help can be narrowed to: the ones this adapter offers. */
const TOPICS: readonly (Subcommand | 'settings')[] = [
  'ask',
  'cite',
  'note',
  'sections',
  'about',
  'digest',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'settings',
  'help',
];

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

export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  const wanted = interaction.options.getString('command');
  const topic = TOPICS.find((candidate) => candidate === wanted);
  if (topic === 'settings') {
    const whole = ctx.core.run({ kind: 'help' });
    if (whole.kind === 'help') return renderHelp({ ...whole.help, entries: [settings.helpEntry] });
  }
  const command: Command = topic && topic !== 'settings' ? { kind: 'help', topic } : { kind: 'help' };
  const result = ctx.core.run(command);
  return showResult(topic === undefined ? withSettings(result) : result, ctx);
}

/** The whole help with `settings` listed just before `help` itself. */
function withSettings(result: CommandResult): CommandResult {
  if (result.kind !== 'help') return result;
  const entries = [...result.help.entries];
  entries.splice(Math.max(entries.length - 1, 0), 0, settings.helpEntry);
  const help: Help = { ...result.help, entries };
  return { kind: 'help', help };
}
