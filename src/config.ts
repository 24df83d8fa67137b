// Environment → typed, validated configuration. Read once at start-up; every problem is reported
// with one clear line per variable, and secrets never appear in those lines.

import { DEFAULT_RATE_LIMITS, type RateLimits } from './ratelimit/index.js';

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  ephemeralByDefault: boolean;
  /** DISCORD_PUBLIC_KEY set: interactions come over HTTP (POST /discord/interactions on PORT), not the gateway. */
  interactions?: { publicKey: string; port: number };
}

export interface DigestConfig {
  /** DATA_DIR: where the SQLite database lives (created on first run). */
  dataDir: string;
  /** DATABASE_URL: a postgres:// URL; when set, the store is Postgres (several instances may share it). */
  databaseUrl?: string;
  /** DIGEST_TZ: the time zone of subscriptions that name none. */
  zone: string;
  /** QUESTION_LOG_DAYS: how long questions are kept for recaps. */
  questionLogDays: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  digest: DigestConfig;
  /** RATE_LIMIT_USER, RATE_LIMIT_CHANNEL per RATE_LIMIT_WINDOW_SECONDS. */
  rateLimits: RateLimits;
  /** LOG_LEVEL: pino's levels; info by default. */
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const present = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

function url(env: Env, name: string, problems: string[]): string | undefined {
  const value = present(env, name);
  if (!value) return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
    return value;
  } catch {
    problems.push(`${name} must be an http(s) URL, e.g. https://slack.com/api/`);
    return undefined;
  }
}

function digestConfig(env: Env, problems: string[]): DigestConfig {
  const zone = present(env, 'DIGEST_TZ') ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    problems.push('DIGEST_TZ must be an IANA time zone, e.g. UTC or Europe/Berlin.');
  }
  const daysText = present(env, 'QUESTION_LOG_DAYS') ?? '30';
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days < 1 || days > 3650)
    problems.push('QUESTION_LOG_DAYS must be a whole number of days from 1 to 3650.');
  const databaseUrl = present(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl))
    problems.push(
      'DATABASE_URL must be a Postgres URL, e.g. postgres://cyberviews:secret@db.example.com:5432/cyberviews (leave it unset for the embedded SQLite file in DATA_DIR).',
    );
  return {
    dataDir: present(env, 'DATA_DIR') ?? './data',
    ...(databaseUrl !== undefined && { databaseUrl }),
    zone,
    questionLogDays: days,
  };
}

function wholeNumber(env: Env, name: string, fallback: number, max: number, problems: string[]): number {
  const text = present(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > max) {
    problems.push(`${name} must be a whole number from 0 to ${max}.`);
    return fallback;
  }
  return value;
}

function rateLimits(env: Env, problems: string[]): RateLimits {
  const { perUser, perChannel } = DEFAULT_RATE_LIMITS;
  const windowSeconds = wholeNumber(
    env,
    'RATE_LIMIT_WINDOW_SECONDS',
    perUser.windowMs / 1000,
    86_400,
    problems,
  );
  if (windowSeconds === 0) problems.push('RATE_LIMIT_WINDOW_SECONDS must be at least 1.');
  const windowMs = Math.max(1, windowSeconds) * 1000;
  return {
    perUser: { limit: wholeNumber(env, 'RATE_LIMIT_USER', perUser.limit, 10_000, problems), windowMs },
    perChannel: {
      limit: wholeNumber(env, 'RATE_LIMIT_CHANNEL', perChannel.limit, 10_000, problems),
      windowMs,
    },
  };
}

function logLevel(env: Env, problems: string[]): LogLevel {
  const level = (present(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  return 'info';
}

/** What is wrong with a Discord bot token's shape, if anything (never quoting the token). */
function discordTokenProblem(token: string): string | undefined {
  const where = '(Developer Portal → your application → Bot → Reset Token)';
  if (/^bot\s/i.test(token)) return 'DISCORD_TOKEN must be the token alone, without the "Bot " prefix.';
  if (/^xox[a-z]-/.test(token))
    return `DISCORD_TOKEN looks like a Slack token; use the Discord bot token ${where}.`;
  if (!/^[\w.-]+$/.test(token) || !token.includes('.') || token.length < 20)
    return `DISCORD_TOKEN does not look like a bot token (dot-separated letters and digits) ${where}.`;
  return undefined;
}

function httpPort(env: Env, problems: string[]): number {
  const port = Number(present(env, 'PORT') ?? '3000');
  const problem = 'PORT must be a port number (0–65535).';
  if ((!Number.isInteger(port) || port < 0 || port > 65535) && !problems.includes(problem))
    problems.push(problem);
  return port;
}

/** Builds the configuration from environment variables; throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const config: Config = {
    digest: digestConfig(env, problems),
    rateLimits: rateLimits(env, problems),
    logLevel: logLevel(env, problems),
  };

  const signingSecret = present(env, 'SLACK_SIGNING_SECRET');
  const botToken = present(env, 'SLACK_BOT_TOKEN');
  const appToken = present(env, 'SLACK_APP_TOKEN');
  if (signingSecret || botToken || appToken) {
    if (!signingSecret)
      problems.push('SLACK_SIGNING_SECRET is missing (Slack app → Basic Information → Signing Secret).');
    else if (!/^[0-9a-f]{32,}$/i.test(signingSecret))
      problems.push(
        'SLACK_SIGNING_SECRET must be the 32-character hexadecimal Signing Secret (Slack app → Basic Information), not a token.',
      );
    if (!botToken)
      problems.push('SLACK_BOT_TOKEN is missing (Slack app → OAuth & Permissions → Bot User OAuth Token).');
    else if (!/^xoxb-[\w-]+$/.test(botToken))
      problems.push(
        'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (letters, digits and dashes).',
      );
    if (appToken && !/^xapp-[\w-]+$/.test(appToken))
      problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-".');
    const portText = present(env, 'PORT') ?? '3000';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      problems.push('PORT must be a port number (0–65535).');
    const apiUrl = url(env, 'SLACK_API_URL', problems);
    if (signingSecret && botToken) {
      config.slack = {
        signingSecret,
        botToken,
        port,
        ...(appToken ? { appToken } : {}),
        ...(apiUrl ? { apiUrl } : {}),
      };
    }
  }

  const token = present(env, 'DISCORD_TOKEN');
  if (token) {
    const tokenProblem = discordTokenProblem(token);
    if (tokenProblem) problems.push(tokenProblem);
    const applicationId = present(env, 'DISCORD_APPLICATION_ID');
    const guildId = present(env, 'DISCORD_GUILD_ID');
    if (applicationId && !/^\d{17,20}$/.test(applicationId))
      problems.push('DISCORD_APPLICATION_ID must be a numeric snowflake id.');
    if (guildId && !/^\d{17,20}$/.test(guildId))
      problems.push('DISCORD_GUILD_ID must be a numeric snowflake id.');
    const apiUrl = url(env, 'DISCORD_API_URL', problems);
    const ephemeral = present(env, 'DISCORD_EPHEMERAL') ?? 'false';
    if (!/^(true|false|1|0)$/i.test(ephemeral)) problems.push('DISCORD_EPHEMERAL must be true or false.');
    const publicKey = present(env, 'DISCORD_PUBLIC_KEY');
    if (publicKey && !/^[0-9a-f]{64}$/i.test(publicKey))
      problems.push(
        'DISCORD_PUBLIC_KEY must be the 64-character hexadecimal Public Key (Developer Portal → your application → General Information).',
      );
    config.discord = {
      token,
      ephemeralByDefault: /^(true|1)$/i.test(ephemeral),
      ...(publicKey ? { interactions: { publicKey, port: httpPort(env, problems) } } : {}),
      ...(applicationId ? { applicationId } : {}),
      ...(guildId ? { guildId } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    };
  }

  if (present(env, 'DISCORD_PUBLIC_KEY') && !token)
    problems.push(
      'DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is missing: HTTP mode still needs the bot token to post scheduled digests.',
    );

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
