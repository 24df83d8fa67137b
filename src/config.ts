// Environment → typed, validated configuration of the platform-neutral parts (digests, rate limits,
// logging), plus the helpers each adapter's own config uses (adapters/slack/config.ts,
// adapters/discord/config.ts; adapters/config.ts puts them together). Read once at start-up; every
// problem is reported with one clear line per variable, and secrets never appear in those lines.

import { DEFAULT_RATE_LIMITS, type RateLimits } from './ratelimit/index.js';

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

/** The settings every entry point shares; each platform's own come from its adapter. */
export interface CoreConfig {
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

export type Env = Record<string, string | undefined>;

/** The variable's trimmed value; undefined when unset or blank. */
export const present = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** An http(s) URL variable (an API base for the loopback fakes), if set. */
export function url(env: Env, name: string, example: string, problems: string[]): string | undefined {
  const value = present(env, name);
  if (!value) return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
    return value;
  } catch {
    problems.push(`${name} must be an http(s) URL, e.g. ${example}`);
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

/** PORT, the one port every HTTP route shares; a bad value is reported once. */
export function httpPort(env: Env, problems: string[]): number {
  const port = Number(present(env, 'PORT') ?? '3000');
  const problem = 'PORT must be a port number (0–65535).';
  if ((!Number.isInteger(port) || port < 0 || port > 65535) && !problems.includes(problem))
    problems.push(problem);
  return port;
}

/** The platform-neutral settings; each problem is added to `problems`. */
export function coreConfig(env: Env, problems: string[]): CoreConfig {
  return {
    digest: digestConfig(env, problems),
    rateLimits: rateLimits(env, problems),
    logLevel: logLevel(env, problems),
  };
}
