// Discord settings from the environment, validated once at start-up with one clear line per bad variable.

import type { DiscordSettings } from './bot.js';

export class DiscordConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Discord is misconfigured:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DiscordConfigError';
  }
}

type Env = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/;
const BOOLEAN: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  false: false,
  '0': false,
  no: false,
};

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

/**
 * The bot's settings, or undefined when DISCORD_TOKEN is unset (Discord is simply not enabled).
 * Throws DiscordConfigError when Discord is enabled but a variable is missing or malformed.
 */
export function discordSettingsFromEnv(env: Env = process.env): DiscordSettings | undefined {
  const token = value(env, 'DISCORD_TOKEN');
  if (!token) return undefined;
  const problems: string[] = [];
  const applicationId = value(env, 'DISCORD_APPLICATION_ID');
  if (!applicationId) {
    problems.push('DISCORD_APPLICATION_ID is missing: copy the Application ID from the Developer Portal.');
  } else if (!SNOWFLAKE.test(applicationId)) {
    problems.push(`DISCORD_APPLICATION_ID must be a numeric id (17–20 digits), got "${applicationId}".`);
  }
  const settings: DiscordSettings = { token, applicationId: applicationId ?? '' };
  const apiUrl = value(env, 'DISCORD_API_URL');
  if (apiUrl) {
    if (/^https?:\/\/[^\s/]+/.test(apiUrl) && URL.canParse(apiUrl))
      settings.apiUrl = apiUrl.replace(/\/+$/, '');
    else
      problems.push(
        `DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got "${apiUrl}".`,
      );
  }
  const ephemeral = value(env, 'DISCORD_EPHEMERAL')?.toLowerCase();
  if (ephemeral !== undefined) {
    const parsed = BOOLEAN[ephemeral];
    if (parsed === undefined) problems.push(`DISCORD_EPHEMERAL must be true or false, got "${ephemeral}".`);
    else settings.ephemeralByDefault = parsed;
  }
  if (problems.length > 0) throw new DiscordConfigError(problems);
  return settings;
}

/** DISCORD_GUILD_ID for registering commands in one server (instant) instead of globally. */
export function guildIdFromEnv(env: Env = process.env): string | undefined {
  const guildId = value(env, 'DISCORD_GUILD_ID');
  if (guildId && !SNOWFLAKE.test(guildId)) {
    throw new DiscordConfigError([
      `DISCORD_GUILD_ID must be a numeric server id (17–20 digits), got "${guildId}".`,
    ]);
  }
  return guildId;
}
