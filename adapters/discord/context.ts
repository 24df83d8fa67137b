// What every command and button handler gets: the core, the few settings that shape replies, a logger;
// and whether replies in a server go only to the asker: what the server's admins chose with
// `/cyberviews settings`, else the deployment's default (DISCORD_EPHEMERAL).

import type { ChannelDigests, Cyberviews, FeedbackStore, Logger, Store } from '../../src/index.js';

/** The part of the store that keeps what each server's admins chose. */
export type ServerSettingsStore = Pick<Store, 'serverSettings' | 'setServerSettings'>;

export interface Context {
  core: Cyberviews;
  /**
   * Answers are public in the channel unless the server's admins chose private answers
   * (`/cyberviews settings`) or, when they chose nothing, the deployment did (DISCORD_EPHEMERAL).
   * The bot resolves it for the server of each interaction before a handler sees it.
   */
  ephemeralByDefault: boolean;
  log: Logger;
  /** The access log: one line per command (adapters/guard.ts) and slow-command warnings. */
  accessLog: Pick<Logger, 'info' | 'warn'>;
  /** Subscriptions and the question log; "unavailable" ones when the store could not be opened. */
  digests: ChannelDigests;
  /** Per-server settings; absent when the store could not be opened. */
  serverSettings?: ServerSettingsStore;
  /** Where 👍/👎 votes go; absent without the database (answers then carry no vote buttons). */
  feedback?: FeedbackStore;
  /**
   * Offer a "Follow up" button (and form) under answers: in HTTP-interactions mode, where the bot sees no
   * messages, so replies to its answers cannot be read.
   */
  followUpButton?: boolean;
  /** The clock votes are stamped with. */
  now: () => number;
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

/** The context for one interaction, with `ephemeralByDefault` resolved for its server. */
export async function contextFor(guildId: string | null, ctx: Context): Promise<Context> {
  if (guildId === null || ctx.serverSettings === undefined) return ctx;
  try {
    // Awaited so that a store answering asynchronously (a networked database) fits unchanged.
    const chosen = await ctx.serverSettings.serverSettings('discord', guildId);
    return chosen ? { ...ctx, ephemeralByDefault: chosen.privateAnswers } : ctx;
  } catch (error) {
    // An unreadable database must not cost the user their answer: the default applies.
    ctx.log.warn('server settings unreadable; using the default', {
      guild: guildId,
      error: error instanceof Error ? error.message : String(error),
    });
    return ctx;
  }
}
