// Discord's settings from the environment: the bot token's shape, snowflake ids and the public key
// of HTTP interactions, checked once at start-up with one line per problem (never quoting the token).

import { type Env, httpPort, present, url } from '../../src/index.js';

export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  ephemeralByDefault: boolean;
  /** DISCORD_PUBLIC_KEY set: interactions come over HTTP (POST /discord/interactions on PORT), not the gateway. */
  interactions?: { publicKey: string; port: number };
}

/** What is wrong with a Discord bot token's shape, if anything (never quoting the token). */
function tokenProblem(token: string): string | undefined {
  const where = '(Developer Portal → your application → Bot → Reset Token)';
  if (/^bot\s/i.test(token)) return 'DISCORD_TOKEN must be the token alone, without the "Bot " prefix.';
  if (/^xox[a-z]-/.test(token))
    return `DISCORD_TOKEN looks like a Slack token; use the Discord bot token ${where}.`;
  if (!/^[\w.-]+$/.test(token) || !token.includes('.') || token.length < 20)
    return `DISCORD_TOKEN does not look like a bot token (dot-separated letters and digits) ${where}.`;
  return undefined;
}

/** Discord's settings when DISCORD_TOKEN is set; problems are added to `problems`. */
export function discordConfig(env: Env, problems: string[]): DiscordConfig | undefined {
  const token = present(env, 'DISCORD_TOKEN');
  const publicKey = present(env, 'DISCORD_PUBLIC_KEY');
  if (!token) {
    if (publicKey)
      problems.push(
        'DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is missing: HTTP mode still needs the bot token to post scheduled digests.',
      );
    return undefined;
  }
  const problem = tokenProblem(token);
  if (problem) problems.push(problem);
  const applicationId = present(env, 'DISCORD_APPLICATION_ID');
  const guildId = present(env, 'DISCORD_GUILD_ID');
  if (applicationId && !/^\d{17,20}$/.test(applicationId))
    problems.push('DISCORD_APPLICATION_ID must be a numeric snowflake id.');
  if (guildId && !/^\d{17,20}$/.test(guildId))
    problems.push('DISCORD_GUILD_ID must be a numeric snowflake id.');
  const apiUrl = url(env, 'DISCORD_API_URL', 'https://discord.com/api', problems);
  const ephemeral = present(env, 'DISCORD_EPHEMERAL') ?? 'false';
  if (!/^(true|false|1|0)$/i.test(ephemeral)) problems.push('DISCORD_EPHEMERAL must be true or false.');
  if (publicKey && !/^[0-9a-f]{64}$/i.test(publicKey))
    problems.push(
      'DISCORD_PUBLIC_KEY must be the 64-character hexadecimal Public Key (Developer Portal → your application → General Information).',
    );
  return {
    token,
    ephemeralByDefault: /^(true|1)$/i.test(ephemeral),
    ...(publicKey ? { interactions: { publicKey, port: httpPort(env, problems) } } : {}),
    ...(applicationId ? { applicationId } : {}),
    ...(guildId ? { guildId } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
