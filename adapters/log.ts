// Structured logs for the running bot: one pino logger (JSON lines on stderr, LOG_LEVEL), shaped into
// the logger interfaces Bolt and the Discord adapter expect, with every secret scrubbed from every line.
// Also the process guards that log an unhandled rejection or uncaught exception instead of dying silently.

import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import { type DestinationStream, destination, type Logger, pino } from 'pino';
import type { Logger as DiscordLogger, LogLevel } from '../src/index.js';

export type Log = Logger;

export interface LogOptions {
  level?: LogLevel;
  /** Values that must never appear in a log line (tokens, signing secrets), whatever logged them. */
  secrets?: readonly string[];
  /** Where lines go; stderr by default, so stdout stays the console's. */
  destination?: DestinationStream;
}

const REDACTED = '[redacted]';

/** Token shapes redacted even when nobody told us the value: Slack tokens and Authorization headers. */
const TOKEN_SHAPES = [/\bxox[abposre]-[\w-]+/g, /\bxapp-[\w-]+/g, /\b(Bot|Bearer) [\w.-]{8,}/g];

/** Replaces every known secret and every token-shaped string in `text` with "[redacted]". */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would redact ordinary words; real secrets are long.
    if (secret.length >= 8 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out;
}

/** Field names whose values are credentials, censored in every line (and `token`, `authorization` one level down). */
const CREDENTIAL_FIELDS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization'];

/** The bot's logger: JSON lines with level, time and message; secrets scrubbed from the final line. */
export function createLog(options: LogOptions = {}): Log {
  const secrets = [...(options.secrets ?? [])];
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'cyberviews' },
      // Field names that carry credentials are censored before serialisation; the hook below catches the rest.
      redact: { paths: [...CREDENTIAL_FIELDS, '*.token', '*.authorization'], censor: REDACTED },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    options.destination ?? logStream(2),
  );
}

/** How long a line may wait to be written with the ones after it (ms). */
export const LOG_FLUSH_MS = 200;

/** Lines are written once this many bytes wait (or LOG_FLUSH_MS has passed), not one write per line. */
export const LOG_BATCH_BYTES = 4096;

/**
 * Where the bot's lines go (stderr by default): written asynchronously, so a request never waits on the
 * write, and in batches (sonic-boom's minLength, flushed every LOG_FLUSH_MS): under load, one write per
 * line (each request its own) cost a write call and a thread-pool job for every command. pino flushes
 * what is left when the process exits.
 */
export function logStream(dest: number | string): DestinationStream {
  return destination({ dest, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: LOG_FLUSH_MS });
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Splits a console-style call (`'message', {context}`, `error`) into pino's (object, message). */
function toPino(parts: unknown[]): [Record<string, unknown>, string] {
  const fields: Record<string, unknown> = {};
  const words: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') words.push(part);
    else if (part instanceof Error) fields.err = part;
    else if (typeof part === 'object' && part !== null && !Array.isArray(part)) {
      for (const [key, value] of Object.entries(part))
        fields[key === 'error' && value instanceof Error ? 'err' : key] = value;
    } else if (part !== undefined) words.push(String(part));
  }
  return [fields, words.join(' ')];
}

/** Bolt's Logger over the bot's pino logger, so Bolt's own lines and the adapter's come out alike. */
export function boltLogger(log: Log): BoltLogger {
  const child = log.child({ source: 'slack' });
  const emit =
    (level: Level) =>
    (...parts: unknown[]) => {
      // Bolt logs at debug several times a request: a line pino would drop is not worth shaping.
      if (!child.isLevelEnabled(level)) return;
      const [fields, message] = toPino(parts);
      child[level](fields, message);
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    // Bolt sets its level from its own options; LOG_LEVEL, already applied to pino, stays in charge.
    setLevel: () => {},
    getLevel: () =>
      (['debug', 'info', 'warn', 'error'].includes(child.level) ? child.level : 'error') as BoltLogLevel,
    setName: () => {},
  };
}

/** A `(message, context)` logger over the bot's pino logger, as the Discord adapter and the scheduler take. */
export function contextLogger(log: Log, source: string): DiscordLogger {
  const child = log.child({ source });
  return {
    info: (message, context) => child.info(context ?? {}, message),
    warn: (message, context) => child.warn(context ?? {}, message),
    error: (message, context) => child.error(context ?? {}, message),
  };
}

/**
 * Where a platform's access lines go (adapters/guard.ts: `command handled`, one a command): the bot's
 * logger, with its level, its stream and the secret scrub, censoring credential field names at the top
 * level only. An access line's fields are flat (the AccessLine's words, an outcome, a latency), so the
 * paths one level down, which pino tries on every field of every line, have nothing to find in it.
 */
export function accessLogger(log: Log, source: string): Pick<DiscordLogger, 'info' | 'warn'> {
  const child = log.child({ source }, { redact: { paths: CREDENTIAL_FIELDS, censor: REDACTED } });
  return {
    info: (message, context) => child.info(context ?? {}, message),
    warn: (message, context) => child.warn(context ?? {}, message),
  };
}

/** The Discord adapter's Logger over the bot's pino logger. */
export function discordLogger(log: Log): DiscordLogger {
  return contextLogger(log, 'discord');
}

/** The exit code after an uncaught exception (Node's own for one nobody handles). */
export const UNCAUGHT_EXIT_CODE = 1;

/**
 * Nothing may die without a line saying why. An unhandled promise rejection is logged and the process
 * keeps serving: a promise nobody awaited leaves no state half-changed. An uncaught exception is logged,
 * then the process exits non-zero, as Node's documentation asks: after one, the process is in an unknown
 * state, and the supervisor (systemd, Docker, Kubernetes) restarts a clean one. pino flushes the log's
 * buffer on exit, so the line is written before the process ends.
 */
export function installProcessGuards(
  log: Log,
  target: NodeJS.EventEmitter = process,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const onRejection = (reason: unknown) => {
    log.error({ err: reason, source: 'process' }, 'unhandled promise rejection; still serving');
  };
  const onException = (error: Error, origin: string) => {
    log.fatal(
      { err: error, origin, source: 'process' },
      'uncaught exception; exiting so a clean process starts',
    );
    exit(UNCAUGHT_EXIT_CODE);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
