// What every command and button handler gets: the core, the few settings that shape replies, a logger.

import type { Cyberviews } from '../../src/commands/types.js';
import type { ChannelDigests } from '../../src/index.js';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface Context {
  core: Cyberviews;
  /** Answers are public in the channel unless a server admin chose ephemeral replies. */
  ephemeralByDefault: boolean;
  log: Logger;
  /** Subscriptions and the question log; "unavailable" ones when the store could not be opened. */
  digests: ChannelDigests;
}

/** Logs to the console as one line of JSON per event. */
export const consoleLogger: Logger = {
  info: (message, context) =>
    console.log(JSON.stringify({ level: 'info', source: 'discord', message, ...context })),
  warn: (message, context) =>
    console.warn(JSON.stringify({ level: 'warn', source: 'discord', message, ...context })),
  error: (message, context) =>
    console.error(JSON.stringify({ level: 'error', source: 'discord', message, ...context })),
};
