// Registers `/cyberviews` with Discord: one PUT of the full command list, globally or for one guild.
// A PUT replaces the list, so running it twice changes nothing. CLI: node dist/adapters/discord/register.js

import { pathToFileURL } from 'node:url';
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { ConfigError } from '../../src/index.js';
import { loadConfig } from '../config.js';
import { commandDefinitions } from './commands/definition.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only (visible at once) instead of globally. */
  guildId?: string;
  /** REST base instead of https://discord.com/api. */
  apiUrl?: string;
}

export interface Registered {
  scope: 'global' | 'guild';
  /** Names Discord reports back, with their ids. */
  commands: { id: string; name: string }[];
}

export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  try {
    const route = options.guildId
      ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
      : Routes.applicationCommands(options.applicationId);
    const result = (await rest.put(route, {
      body: commandDefinitions(),
    })) as RESTPutAPIApplicationCommandsResult;
    return {
      scope: options.guildId ? 'guild' : 'global',
      commands: result.map((command) => ({ id: command.id, name: command.name })),
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** The CLI: reads DISCORD_* from the environment or .env, registers, says where. Exit code 1 on failure. */
export async function main(env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    const discord = loadConfig(env).discord;
    if (!discord) {
      console.error('DISCORD_TOKEN is not set: put the bot token in the environment or in .env.');
      return 1;
    }
    if (!discord.applicationId) {
      console.error('DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal.');
      return 1;
    }
    const options: RegisterOptions = { token: discord.token, applicationId: discord.applicationId };
    if (discord.guildId) options.guildId = discord.guildId;
    if (discord.apiUrl) options.apiUrl = discord.apiUrl;
    const registered = await registerCommands(options);
    const where = discord.guildId
      ? `in server ${discord.guildId} (available now)`
      : 'globally (may take up to an hour to appear everywhere)';
    console.log(`Registered ${registered.commands.map((c) => `/${c.name}`).join(', ')} ${where}.`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else
      console.error(
        `Registering the commands failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { config } = await import('dotenv');
  config({ quiet: true });
  process.exitCode = await main();
}
