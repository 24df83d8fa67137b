// The one place the bot touches the disk: an embedded SQLite database (better-sqlite3) holding
// subscriptions, last runs, reading progress, the question log and server settings. Opening runs
// pending migrations. Times are milliseconds since the epoch, passed in by the caller (the scheduler
// owns the clock).

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Platform, SubscriptionRequest } from '../digest/types.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import {
  DEFAULT_QUESTION_LOG,
  type QuestionLine,
  QuestionLog,
  type QuestionLogOptions,
} from './question-log.js';

export const DATABASE_FILE = 'cyberviews.sqlite';

/** A subscription request, and the channel it is for. */
export interface SubscriptionSpec extends SubscriptionRequest {
  platform: Platform;
  channel: string;
  /** The Slack workspace (installation key) the channel belongs to, when known: its token posts. */
  workspace?: string | null;
}

export interface SubscriptionRecord extends SubscriptionSpec {
  id: number;
  workspace: string | null;
  createdAt: number;
  pausedAt: number | null;
  pausedReason: string | null;
  lastSlotAt: number | null;
  lastPostedAt: number | null;
}

export interface LoggedQuestion {
  question: string;
  askedAt: number;
}

export interface Run {
  lastSlotAt: number;
  lastPostedAt: number;
}

/** What a server's admins chose for the whole server. */
export interface ServerSettings {
  /** Answers only the asker sees, instead of posted in the channel. */
  privateAnswers: boolean;
}

export interface ServerSettingsRecord extends ServerSettings {
  updatedAt: number;
}

/** A subscription as SQLite returns it: the spec's columns plus its id, state and last run. */
interface SubscriptionRow extends SubscriptionSpec {
  id: number;
  workspace: string | null;
  created_at: number;
  paused_at: number | null;
  paused_reason: string | null;
  last_slot_at: number | null;
  last_posted_at: number | null;
}

const SELECT_SUBSCRIPTIONS = `
  SELECT s.*, r.last_slot_at, r.last_posted_at
  FROM subscriptions s LEFT JOIN runs r ON r.subscription_id = s.id`;

function toRecord(row: SubscriptionRow): SubscriptionRecord {
  return {
    id: row.id,
    platform: row.platform,
    channel: row.channel,
    workspace: row.workspace,
    cadence: row.cadence,
    time: row.time,
    weekday: row.weekday,
    cron: row.cron,
    zone: row.zone,
    topic: row.topic,
    createdAt: row.created_at,
    pausedAt: row.paused_at,
    pausedReason: row.paused_reason,
    lastSlotAt: row.last_slot_at,
    lastPostedAt: row.last_posted_at,
  };
}

/** Runs the migrations the database has not seen yet; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}

export class Store {
  private readonly questions: QuestionLog;

  private constructor(
    private readonly db: Database.Database,
    questionLog: QuestionLogOptions,
  ) {
    const insert = db.prepare(
      'INSERT INTO question_log (platform, channel, question, asked_at) VALUES (?, ?, ?, ?)',
    );
    const writeBatch = db.transaction((lines: readonly QuestionLine[]) => {
      for (const line of lines) insert.run(line.platform, line.channel, line.question, line.askedAt);
    });
    this.questions = new QuestionLog((lines) => writeBatch(lines), questionLog);
  }

  /**
   * Opens (creating if needed) `file`, migrating it; throws when it cannot be opened or written (read-only).
   * `questionLog` says how questions are batched (by default written within a second, off the request path).
   */
  static open(file: string, questionLog: Partial<QuestionLogOptions> = {}): Store {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 2000');
      migrate(db);
      // SQLite opens a file it cannot write read-only without a word, and only the first write fails:
      // one harmless write now makes a read-only file or directory fail here, at start-up, instead.
      db.pragma(`user_version = ${db.pragma('user_version', { simple: true }) as number}`);
    } catch (error) {
      db.close();
      throw error;
    }
    return new Store(db, { ...DEFAULT_QUESTION_LOG, ...questionLog });
  }

  /** The database file inside DATA_DIR. */
  static openIn(dataDir: string, questionLog: Partial<QuestionLogOptions> = {}): Store {
    return Store.open(join(dataDir, DATABASE_FILE), questionLog);
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Subscribes a channel, replacing its previous subscription (and so resuming a paused one). */
  subscribe(spec: SubscriptionSpec, now: number): SubscriptionRecord {
    return this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM subscriptions WHERE platform = ? AND channel = ?')
        .run(spec.platform, spec.channel);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO subscriptions (platform, channel, workspace, cadence, time, weekday, cron, zone, topic, created_at)
           VALUES (@platform, @channel, @workspace, @cadence, @time, @weekday, @cron, @zone, @topic, @now)`,
        )
        .run({ ...spec, workspace: spec.workspace ?? null, now });
      const created = this.subscriptionById(Number(lastInsertRowid));
      if (!created) throw new Error('subscription vanished after insert');
      return created;
    })();
  }

  /** Removes the channel's subscription; false when it had none. */
  unsubscribe(platform: Platform, channel: string): boolean {
    return (
      this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel = ?').run(platform, channel)
        .changes > 0
    );
  }

  subscriptionFor(platform: Platform, channel: string): SubscriptionRecord | undefined {
    const row = this.db
      .prepare(`${SELECT_SUBSCRIPTIONS} WHERE s.platform = ? AND s.channel = ?`)
      .get(platform, channel) as SubscriptionRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  subscriptionById(id: number): SubscriptionRecord | undefined {
    const row = this.db.prepare(`${SELECT_SUBSCRIPTIONS} WHERE s.id = ?`).get(id) as
      | SubscriptionRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Every subscription, paused ones included, oldest first. */
  subscriptions(): SubscriptionRecord[] {
    return (this.db.prepare(`${SELECT_SUBSCRIPTIONS} ORDER BY s.id`).all() as SubscriptionRow[]).map(
      toRecord,
    );
  }

  pause(id: number, reason: string, now: number): void {
    this.db
      .prepare('UPDATE subscriptions SET paused_at = ?, paused_reason = ? WHERE id = ?')
      .run(now, reason, id);
  }

  /**
   * Pauses every active subscription of a workspace (it uninstalled the app); returns how many. Already
   * paused ones keep their reason, so a repeated uninstall event changes nothing.
   */
  pauseWorkspace(platform: Platform, workspace: string, reason: string, now: number): number {
    return this.db
      .prepare(
        `UPDATE subscriptions SET paused_at = ?, paused_reason = ?
         WHERE platform = ? AND workspace = ? AND paused_at IS NULL`,
      )
      .run(now, reason, platform, workspace).changes;
  }

  /**
   * Claims `slot` for a subscription if its last run is still `previous` (compare-and-set), so two
   * ticks (or two processes) never post the same slot. Returns false when someone else got there.
   */
  claimSlot(id: number, previous: Run | null, slot: number, now: number): boolean {
    return this.db.transaction(() => {
      const current = this.db.prepare('SELECT last_slot_at FROM runs WHERE subscription_id = ?').get(id) as
        | { last_slot_at: number }
        | undefined;
      if ((current?.last_slot_at ?? null) !== (previous?.lastSlotAt ?? null)) return false;
      const exists = this.db
        .prepare('SELECT 1 FROM subscriptions WHERE id = ? AND paused_at IS NULL')
        .get(id);
      if (!exists) return false;
      this.db
        .prepare(
          `INSERT INTO runs (subscription_id, last_slot_at, last_posted_at) VALUES (?, ?, ?)
           ON CONFLICT (subscription_id) DO UPDATE SET last_slot_at = excluded.last_slot_at,
             last_posted_at = excluded.last_posted_at`,
        )
        .run(id, slot, now);
      return true;
    })();
  }

  /** Gives a claimed slot back after a post failed, so it is tried again. */
  releaseSlot(id: number, previous: Run | null): void {
    if (previous === null) {
      this.db.prepare('DELETE FROM runs WHERE subscription_id = ?').run(id);
      return;
    }
    this.db
      .prepare('UPDATE runs SET last_slot_at = ?, last_posted_at = ? WHERE subscription_id = ?')
      .run(previous.lastSlotAt, previous.lastPostedAt, id);
  }

  /** The paragraph a channel's reading digest continues from (1 when it has not started). */
  readingPosition(platform: Platform, channel: string): number {
    const row = this.db
      .prepare('SELECT next_paragraph FROM reading_progress WHERE platform = ? AND channel = ?')
      .get(platform, channel) as { next_paragraph: number } | undefined;
    return row?.next_paragraph ?? 1;
  }

  setReadingPosition(platform: Platform, channel: string, nextParagraph: number, now: number): void {
    this.db
      .prepare(
        `INSERT INTO reading_progress (platform, channel, next_paragraph, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, channel) DO UPDATE SET next_paragraph = excluded.next_paragraph,
           updated_at = excluded.updated_at`,
      )
      .run(platform, channel, nextParagraph, now);
  }

  /**
   * Records a question asked in a channel: its text and time, never who asked. Queued, and written with
   * the others in one transaction within the question log's delay, before any read of the log, or on close.
   */
  logQuestion(platform: Platform, channel: string, question: string, at: number): void {
    this.questions.add({ platform, channel, question, askedAt: at });
  }

  /** Writes the queued question log now; returns how many lines were written (failures go to onError). */
  flushQuestions(): number {
    return this.questions.flush();
  }

  /** Questions asked in a channel in (since, until], oldest first. */
  questionsBetween(platform: Platform, channel: string, since: number, until: number): LoggedQuestion[] {
    this.questions.flush();
    return (
      this.db
        .prepare(
          `SELECT question, asked_at FROM question_log
           WHERE platform = ? AND channel = ? AND asked_at > ? AND asked_at <= ? ORDER BY asked_at, id`,
        )
        .all(platform, channel, since, until) as { question: string; asked_at: number }[]
    ).map((row) => ({ question: row.question, askedAt: row.asked_at }));
  }

  /** Deletes questions asked before `before`; returns how many went. */
  pruneQuestions(before: number): number {
    this.questions.flush();
    return this.db.prepare('DELETE FROM question_log WHERE asked_at < ?').run(before).changes;
  }

  /** A server's settings; undefined when its admins never chose any (the deployment's defaults apply). */
  serverSettings(platform: Platform, server: string): ServerSettingsRecord | undefined {
    const row = this.db
      .prepare('SELECT private_answers, updated_at FROM server_settings WHERE platform = ? AND server = ?')
      .get(platform, server) as { private_answers: number; updated_at: number } | undefined;
    return row ? { privateAnswers: row.private_answers === 1, updatedAt: row.updated_at } : undefined;
  }

  setServerSettings(
    platform: Platform,
    server: string,
    settings: ServerSettings,
    now: number,
  ): ServerSettingsRecord {
    this.db
      .prepare(
        `INSERT INTO server_settings (platform, server, private_answers, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, server) DO UPDATE SET private_answers = excluded.private_answers,
           updated_at = excluded.updated_at`,
      )
      .run(platform, server, settings.privateAnswers ? 1 : 0, now);
    return { ...settings, updatedAt: now };
  }

  /** The open database, for the stores kept in their own modules on the same handle (installations.ts). */
  get database(): Database.Database {
    return this.db;
  }

  /** Writes the queued question log, then closes the database. */
  close(): void {
    if (!this.db.open) return;
    this.questions.flush();
    this.db.close();
  }
}
