// The `/cyberviews` slash command as Discord registers it: one chat-input command whose subcommands
// are the modules beside this file.

import type { ChatInputCommandInteraction, RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import * as about from './about.js';
import * as ask from './ask.js';
import * as cite from './cite.js';
import * as digest from './digest.js';
import * as help from './help.js';
import * as note from './note.js';
import * as sections from './sections.js';
import * as settings from './settings.js';
import * as subscribe from './subscribe.js';
import * as subscriptions from './subscriptions.js';
import * as unsubscribe from './unsubscribe.js';

export const COMMAND_NAME = 'cyberviews';

export interface SubcommandModule {
  data: { name: string };
  execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply | Promise<Reply>;
}

/** The order Discord lists the subcommands in. */
const ORDER = [
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
