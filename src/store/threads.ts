// The threads the bot answered in, and what it showed last in each, so a person's next message there is
// read as a follow-up. Written once over the store's `SqlClient` (table `threads`): on Postgres every
// instance finds a thread another instance answered in.

import type { Shown } from '../answer/followup.js';
import type { Platform } from '../digest/types.js';
import { type SqlClient, toNumber } from './sql.js';

/** A conversation: Slack's thread (its ts), or on Discord the bot's answer a reply refers to (its id). */
export interface ThreadKey {
  platform: Platform;
  /** The Slack team id or Discord guild id. */
  workspace: string;
  channel: string;
  thread: string;
}

export interface ThreadMemory {
  shown: Shown;
  answeredAt: number;
}

/** How long the bot keeps listening in a thread after it last answered there. */
export const THREAD_MEMORY_DAYS = 7;
const DAY = 86_400_000;

export interface ThreadStore {
  /** Notes that the bot answered in `key`, and what it showed (replacing what it showed before). */
  remember(key: ThreadKey, shown: Shown, at: number): Promise<void>;
  /** What the bot showed last in `key`, if it answered there within the expiry; undefined otherwise. */
  recall(key: ThreadKey, now: number): Promise<ThreadMemory | undefined>;
  /** Forgets threads last answered before `before`; resolves to how many went. */
  prune(before: number): Promise<number>;
}

export class SqlThreadStore implements ThreadStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly expiryMs: number = THREAD_MEMORY_DAYS * DAY,
  ) {}

  async remember(key: ThreadKey, shown: Shown, at: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO threads (platform, workspace, channel, thread, shown, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (platform, workspace, channel, thread) DO UPDATE SET shown = excluded.shown,
         answered_at = excluded.answered_at`,
      [key.platform, key.workspace, key.channel, key.thread, JSON.stringify(shown), at],
    );
  }

  async recall(key: ThreadKey, now: number): Promise<ThreadMemory | undefined> {
    const { rows } = await this.sql.query<{ shown: string; answered_at: unknown }>(
      `SELECT shown, answered_at FROM threads
       WHERE platform = $1 AND workspace = $2 AND channel = $3 AND thread = $4 AND answered_at >= $5`,
      [key.platform, key.workspace, key.channel, key.thread, now - this.expiryMs],
    );
    const row = rows[0];
    return row ? { shown: JSON.parse(row.shown) as Shown, answeredAt: toNumber(row.answered_at) } : undefined;
  }

  async prune(before: number): Promise<number> {
    return (await this.sql.query('DELETE FROM threads WHERE answered_at < $1', [before])).rowCount;
  }
}
