// Registers `/cyberviews` with Discord: one PUT of the full command list, globally or for one guild.
// A PUT replaces the list, so running it twice changes nothing. CLI: node dist/adapters/discord/register.js

import { pathToFileURL } from 'node:url';
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { commandDefinitions } from './commands/definition.js';
import { DiscordConfigError, discordSettingsFromEnv, guildIdFromEnv } from './settings.js';

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

async function main(): Promise<number> {
  const { config } = await import('dotenv');
  config({ quiet: true });
  try {
    const settings = discordSettingsFromEnv();
    if (!settings) {
      console.error('DISCORD_TOKEN is not set: put the bot token in the environment or in .env.');
      return 1;
    }
    const guildId = guildIdFromEnv();
    const options: RegisterOptions = { token: settings.token, applicationId: settings.applicationId };
    if (guildId) options.guildId = guildId;
    if (settings.apiUrl) options.apiUrl = settings.apiUrl;
    const registered = await registerCommands(options);
    const where = guildId
      ? `in server ${guildId} (available now)`
      : 'globally (may take up to an hour to appear)';
    console.log(`Registered ${registered.commands.map((c) => `/${c.name}`).join(', ')} ${where}.`);
    return 0;
  } catch (error) {
    if (error instanceof DiscordConfigError) console.error(error.message);
    else
      console.error(
        `Registering the commands failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
