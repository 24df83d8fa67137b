// The threads the bot answered in, and what it showed last in each, so a person's next message there is
// read as a follow-up. Behind an asynchronous interface so another database can implement it; this
// implementation shares the store's better-sqlite3 handle (table `threads`, migration 4).

import type Database from 'better-sqlite3';
import type { Shown } from '../answer/followup.js';
import type { Platform } from '../digest/types.js';

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

export class SqliteThreadStore implements ThreadStore {
  constructor(
    private readonly db: Database.Database,
    private readonly expiryMs: number = THREAD_MEMORY_DAYS * DAY,
  ) {}

  async remember(key: ThreadKey, shown: Shown, at: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO threads (platform, workspace, channel, thread, shown, answered_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, workspace, channel, thread) DO UPDATE SET shown = excluded.shown,
           answered_at = excluded.answered_at`,
      )
      .run(key.platform, key.workspace, key.channel, key.thread, JSON.stringify(shown), at);
  }

  async recall(key: ThreadKey, now: number): Promise<ThreadMemory | undefined> {
    const row = this.db
      .prepare(
        `SELECT shown, answered_at FROM threads
         WHERE platform = ? AND workspace = ? AND channel = ? AND thread = ? AND answered_at >= ?`,
      )
      .get(key.platform, key.workspace, key.channel, key.thread, now - this.expiryMs) as
      | { shown: string; answered_at: number }
      | undefined;
    return row ? { shown: JSON.parse(row.shown) as Shown, answeredAt: row.answered_at } : undefined;
  }

  async prune(before: number): Promise<number> {
    return this.db.prepare('DELETE FROM threads WHERE answered_at < ?').run(before).changes;
  }
}
