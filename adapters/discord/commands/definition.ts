// The `/cyberviews` slash command as Discord registers it: one chat-input command whose subcommands
// are defined in the modules beside this file.

import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import * as ask from './ask.js';
import { digest } from './digest.js';
import * as help from './help.js';
import { about, cite, note, sections } from './lookups.js';
import { subscribe, subscriptions, unsubscribe } from './schedule.js';
import * as settings from './settings.js';
import type { SubcommandModule } from './subcommand.js';

export const COMMAND_NAME = 'cyberviews';

/** The order Discord lists the subcommands in. */
const ORDER: readonly SubcommandModule[] = [
  ask,
  cite,
  note,
  sections,
  about,
  digest,
  subscribe,
  unsubscribe,
  subscriptions,
  settings,
  help,
];

/** Subcommands by name, in the order Discord lists them. */
export const subcommands: ReadonlyMap<string, SubcommandModule> = new Map(
  ORDER.map((module) => [module.data.name, module]),
);

/**
 * The full command list this app registers: a PUT of it replaces whatever was there (idempotent).
 * Built with discord.js's SlashCommandBuilder, which rejects names, lengths, choices and option counts
 * Discord would refuse, here rather than at registration.
 */
export function commandDefinitions(): RESTPutAPIApplicationCommandsJSONBody {
  const command = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Ask Swaine\'s "Chinese Views on Cybersecurity in Foreign Relations" (CLM 42, 2013)')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
  for (const module of ORDER) command.addSubcommand(module.data);
  return [command.toJSON()];
}
