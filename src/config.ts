// Environment → typed, validated configuration. Read once at start-up; every problem is reported
// with one clear line per variable, and secrets never appear in those lines.

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
}

export interface DigestConfig {
  /** DATA_DIR: where the SQLite database lives (created on first run). */
  dataDir: string;
  /** DIGEST_TZ: the time zone of subscriptions that name none. */
  zone: string;
  /** QUESTION_LOG_DAYS: how long questions are kept for recaps. */
  questionLogDays: number;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  digest: DigestConfig;
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
  return { dataDir: present(env, 'DATA_DIR') ?? './data', zone, questionLogDays: days };
}

/** Builds the configuration from environment variables; throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const config: Config = { digest: digestConfig(env, problems) };

  const signingSecret = present(env, 'SLACK_SIGNING_SECRET');
  const botToken = present(env, 'SLACK_BOT_TOKEN');
  const appToken = present(env, 'SLACK_APP_TOKEN');
  if (signingSecret || botToken || appToken) {
    if (!signingSecret)
      problems.push('SLACK_SIGNING_SECRET is missing (Slack app → Basic Information → Signing Secret).');
    if (!botToken)
      problems.push('SLACK_BOT_TOKEN is missing (Slack app → OAuth & Permissions → Bot User OAuth Token).');
    else if (!botToken.startsWith('xoxb-'))
      problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-".');
    if (appToken && !appToken.startsWith('xapp-'))
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
    const applicationId = present(env, 'DISCORD_APPLICATION_ID');
    const guildId = present(env, 'DISCORD_GUILD_ID');
    if (applicationId && !/^\d{17,20}$/.test(applicationId))
      problems.push('DISCORD_APPLICATION_ID must be a numeric snowflake id.');
    if (guildId && !/^\d{17,20}$/.test(guildId))
      problems.push('DISCORD_GUILD_ID must be a numeric snowflake id.');
    const apiUrl = url(env, 'DISCORD_API_URL', problems);
    const ephemeral = present(env, 'DISCORD_EPHEMERAL') ?? 'false';
    if (!/^(true|false|1|0)$/i.test(ephemeral)) problems.push('DISCORD_EPHEMERAL must be true or false.');
    config.discord = {
      token,
      ephemeralByDefault: /^(true|1)$/i.test(ephemeral),
      ...(applicationId ? { applicationId } : {}),
      ...(guildId ? { guildId } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    };
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
