// The store's queries, written once for SQLite and Postgres over a `SqlClient`: the same statements,
// `$1` parameters, upserts with ON CONFLICT … DO UPDATE … WHERE and RETURNING, which both dialects
// speak. Times are milliseconds since the epoch, passed in by the caller (the scheduler owns the clock).

import type { Platform } from '../digest/types.js';
import { type FeedbackStore, SqlFeedbackStore } from './feedback.js';
import { type Installations, SqlInstallations } from './installations.js';
import { DEFAULT_QUESTION_LOG, QuestionLog, type QuestionLogOptions } from './question-log.js';
import { type SqlClient, toNumber, toNumberOrNull } from './sql.js';
import { SqlThreadStore, type ThreadStore } from './threads.js';
import type {
  LoggedQuestion,
  QuestionLine,
  ReadingAdvance,
  ServerSettings,
  ServerSettingsRecord,
  SlotClaim,
  SlotClaimRequest,
  Store,
  SubscriptionRecord,
  SubscriptionSpec,
} from './types.js';

/** A subscription as the database returns it: its columns, its last posted slot and its pending claim. */
interface SubscriptionRow {
  id: unknown;
  platform: Platform;
  channel: string;
  workspace: string | null;
  cadence: SubscriptionRecord['cadence'];
  time: string | null;
  weekday: unknown;
  cron: string;
  zone: string;
  topic: string | null;
  created_at: unknown;
  paused_at: unknown;
  paused_reason: string | null;
  last_slot_at: unknown;
  last_posted_at: unknown;
  pending_slot_at: unknown;
  pending_lease_until: unknown;
}

// The last posted slot, and the latest claimed-but-unposted one after it: correlated subqueries, which
// both dialects plan well for the handful of slots a subscription keeps.
const SELECT_SUBSCRIPTIONS = `
  SELECT s.id, s.platform, s.channel, s.workspace, s.cadence, s.time, s.weekday, s.cron, s.zone, s.topic,
    s.created_at, s.paused_at, s.paused_reason, p.slot_at AS last_slot_at, p.posted_at AS last_posted_at,
    c.slot_at AS pending_slot_at, c.lease_until AS pending_lease_until
  FROM subscriptions s
  LEFT JOIN digest_slots p ON p.subscription_id = s.id AND p.slot_at = (
    SELECT MAX(slot_at) FROM digest_slots WHERE subscription_id = s.id AND posted_at IS NOT NULL)
  LEFT JOIN digest_slots c ON c.subscription_id = s.id AND c.slot_at = (
    SELECT MAX(slot_at) FROM digest_slots WHERE subscription_id = s.id AND posted_at IS NULL)`;

function toRecord(row: SubscriptionRow): SubscriptionRecord {
  const lastSlotAt = toNumberOrNull(row.last_slot_at);
  const pendingSlot = toNumberOrNull(row.pending_slot_at);
  return {
    id: toNumber(row.id),
    platform: row.platform,
    channel: row.channel,
    workspace: row.workspace,
    cadence: row.cadence,
    time: row.time,
    weekday: toNumberOrNull(row.weekday),
    cron: row.cron,
    zone: row.zone,
    topic: row.topic,
    createdAt: toNumber(row.created_at),
    pausedAt: toNumberOrNull(row.paused_at),
    pausedReason: row.paused_reason,
    lastSlotAt,
    lastPostedAt: toNumberOrNull(row.last_posted_at),
    // A claim older than the last post is history (a catch-up went past it), not pending.
    pending:
      pendingSlot !== null && (lastSlotAt === null || pendingSlot > lastSlotAt)
        ? { slotAt: pendingSlot, leaseUntil: toNumber(row.pending_lease_until) }
        : null,
  };
}

// ONE statement decides a claim, so two instances racing for a slot cannot both win under Postgres READ
// COMMITTED (a read-then-write would let both read "unclaimed"): the unique key (subscription_id, slot_at)
// serialises the inserts, and the loser's DO UPDATE applies only when the lease it found has expired and
// the slot was never posted. The SELECT (with its WHERE, which SQLite's parser needs before ON CONFLICT)
// inserts nothing for a paused or deleted subscription, or one already posted past this slot.
const CLAIM_SLOT = `
  INSERT INTO digest_slots (subscription_id, slot_at, lease_owner, lease_until, attempts, claimed_at)
  SELECT s.id, CAST($2 AS BIGINT), CAST($3 AS TEXT), CAST($4 AS BIGINT), 1, CAST($5 AS BIGINT)
  FROM subscriptions s
  WHERE s.id = $1 AND s.paused_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM digest_slots d WHERE d.subscription_id = $1 AND d.slot_at > $2 AND d.posted_at IS NOT NULL)
  ON CONFLICT (subscription_id, slot_at) DO UPDATE
    SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until,
      attempts = digest_slots.attempts + 1, claimed_at = excluded.claimed_at
    WHERE digest_slots.posted_at IS NULL AND digest_slots.lease_until <= excluded.claimed_at
  RETURNING attempts`;

export interface SqlStoreOptions {
  kind: Store['kind'];
  /** The number of migrations applied (each dialect records it its own way). */
  schemaVersion: () => Promise<number>;
  questionLog?: Partial<QuestionLogOptions>;
}

export class SqlStore implements Store {
  readonly kind: Store['kind'];
  readonly feedback: FeedbackStore;
  readonly threads: ThreadStore;
  readonly installations: Installations;
  private readonly questions: QuestionLog;
  private closed = false;

  constructor(
    private readonly sql: SqlClient,
    private readonly options: SqlStoreOptions,
  ) {
    this.kind = options.kind;
    this.feedback = new SqlFeedbackStore(sql);
    this.threads = new SqlThreadStore(sql);
    this.installations = new SqlInstallations(sql);
    this.questions = new QuestionLog((lines) => this.writeQuestions(lines), {
      ...DEFAULT_QUESTION_LOG,
      ...options.questionLog,
    });
  }

  schemaVersion(): Promise<number> {
    return this.options.schemaVersion();
  }

  async subscribe(spec: SubscriptionSpec, now: number): Promise<SubscriptionRecord> {
    // An upsert, so two instances subscribing one channel at once cannot trip the unique key; a replaced
    // subscription starts afresh (its slots go, its pause is lifted).
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: unknown }>(
        `INSERT INTO subscriptions (platform, channel, workspace, cadence, time, weekday, cron, zone, topic, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (platform, channel) DO UPDATE SET workspace = excluded.workspace, cadence = excluded.cadence,
           time = excluded.time, weekday = excluded.weekday, cron = excluded.cron, zone = excluded.zone,
           topic = excluded.topic, created_at = excluded.created_at, paused_at = NULL, paused_reason = NULL
         RETURNING id`,
        [
          spec.platform,
          spec.channel,
          spec.workspace ?? null,
          spec.cadence,
          spec.time,
          spec.weekday,
          spec.cron,
          spec.zone,
          spec.topic,
          now,
        ],
      );
      const id = toNumber(rows[0]?.id);
      await tx.query('DELETE FROM digest_slots WHERE subscription_id = $1', [id]);
      const created = await tx.query<SubscriptionRow>(`${SELECT_SUBSCRIPTIONS} WHERE s.id = $1`, [id]);
      const row = created.rows[0];
      if (!row) throw new Error('subscription vanished after insert');
      return toRecord(row);
    });
  }

  async unsubscribe(platform: Platform, channel: string): Promise<boolean> {
    const { rowCount } = await this.sql.query(
      'DELETE FROM subscriptions WHERE platform = $1 AND channel = $2',
      [platform, channel],
    );
    return rowCount > 0;
  }

  async subscriptionFor(platform: Platform, channel: string): Promise<SubscriptionRecord | undefined> {
    const { rows } = await this.sql.query<SubscriptionRow>(
      `${SELECT_SUBSCRIPTIONS} WHERE s.platform = $1 AND s.channel = $2`,
      [platform, channel],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async subscriptionById(id: number): Promise<SubscriptionRecord | undefined> {
    const { rows } = await this.sql.query<SubscriptionRow>(`${SELECT_SUBSCRIPTIONS} WHERE s.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async subscriptions(): Promise<SubscriptionRecord[]> {
    const { rows } = await this.sql.query<SubscriptionRow>(`${SELECT_SUBSCRIPTIONS} ORDER BY s.id`);
    return rows.map(toRecord);
  }

  async pause(id: number, reason: string, now: number): Promise<void> {
    await this.sql.query('UPDATE subscriptions SET paused_at = $1, paused_reason = $2 WHERE id = $3', [
      now,
      reason,
      id,
    ]);
  }

  async pauseWorkspace(platform: Platform, workspace: string, reason: string, now: number): Promise<number> {
    const result = await this.sql.query(
      `UPDATE subscriptions SET paused_at = $1, paused_reason = $2
       WHERE platform = $3 AND workspace = $4 AND paused_at IS NULL`,
      [now, reason, platform, workspace],
    );
    return result.rowCount;
  }

  async claimSlot(request: SlotClaimRequest): Promise<SlotClaim | undefined> {
    const { subscriptionId, slotAt, owner, leaseUntil, now } = request;
    const { rows } = await this.sql.query<{ attempts: unknown }>(CLAIM_SLOT, [
      subscriptionId,
      slotAt,
      owner,
      leaseUntil,
      now,
    ]);
    const row = rows[0];
    return row ? { subscriptionId, slotAt, owner, attempt: toNumber(row.attempts) } : undefined;
  }

  async renewLease(claim: SlotClaim, leaseUntil: number): Promise<boolean> {
    const { rowCount } = await this.sql.query(
      `UPDATE digest_slots SET lease_until = $1
       WHERE subscription_id = $2 AND slot_at = $3 AND lease_owner = $4 AND posted_at IS NULL`,
      [leaseUntil, claim.subscriptionId, claim.slotAt, claim.owner],
    );
    return rowCount > 0;
  }

  async releaseSlot(claim: SlotClaim, retryAt: number): Promise<void> {
    await this.renewLease(claim, retryAt);
  }

  async completeSlot(claim: SlotClaim, postedAt: number, reading?: ReadingAdvance): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query(
        'UPDATE digest_slots SET posted_at = $1 WHERE subscription_id = $2 AND slot_at = $3 AND posted_at IS NULL',
        [postedAt, claim.subscriptionId, claim.slotAt],
      );
      if (reading) await upsertReading(tx, reading, postedAt);
    });
  }

  async readingPosition(platform: Platform, channel: string): Promise<number> {
    const { rows } = await this.sql.query<{ next_paragraph: unknown }>(
      'SELECT next_paragraph FROM reading_progress WHERE platform = $1 AND channel = $2',
      [platform, channel],
    );
    return rows[0] ? toNumber(rows[0].next_paragraph) : 1;
  }

  async setReadingPosition(advance: ReadingAdvance, now: number): Promise<void> {
    await upsertReading(this.sql, advance, now);
  }

  logQuestion(line: QuestionLine): void {
    this.questions.add(line);
  }

  flushQuestions(): Promise<number> {
    return this.questions.flush();
  }

  async questionsBetween(
    platform: Platform,
    channel: string,
    since: number,
    until: number,
  ): Promise<LoggedQuestion[]> {
    await this.questions.flush();
    const { rows } = await this.sql.query<{ question: string; asked_at: unknown }>(
      `SELECT question, asked_at FROM question_log
       WHERE platform = $1 AND channel = $2 AND asked_at > $3 AND asked_at <= $4 ORDER BY asked_at, id`,
      [platform, channel, since, until],
    );
    return rows.map((row) => ({ question: row.question, askedAt: toNumber(row.asked_at) }));
  }

  async pruneQuestions(before: number): Promise<number> {
    await this.questions.flush();
    const { rowCount } = await this.sql.query('DELETE FROM question_log WHERE asked_at < $1', [before]);
    return rowCount;
  }

  async serverSettings(platform: Platform, server: string): Promise<ServerSettingsRecord | undefined> {
    const { rows } = await this.sql.query<{ private_answers: unknown; updated_at: unknown }>(
      'SELECT private_answers, updated_at FROM server_settings WHERE platform = $1 AND server = $2',
      [platform, server],
    );
    const row = rows[0];
    return row
      ? { privateAnswers: toNumber(row.private_answers) === 1, updatedAt: toNumber(row.updated_at) }
      : undefined;
  }

  async setServerSettings(
    platform: Platform,
    server: string,
    settings: ServerSettings,
    now: number,
  ): Promise<ServerSettingsRecord> {
    await this.sql.query(
      `INSERT INTO server_settings (platform, server, private_answers, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, server) DO UPDATE SET private_answers = excluded.private_answers,
         updated_at = excluded.updated_at`,
      [platform, server, settings.privateAnswers ? 1 : 0, now],
    );
    return { ...settings, updatedAt: now };
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const { rows } = await this.sql.query<{ ok: unknown }>('SELECT 1 AS ok');
      return toNumber(rows[0]?.ok) === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.questions.flush();
    await this.sql.close();
  }

  private async writeQuestions(lines: readonly QuestionLine[]): Promise<void> {
    await this.sql.transaction(async (tx) => {
      // Many rows a statement: a batch is a second's questions, and one statement a row cost more in
      // the driver (binding, a round trip through the client) than the insert itself.
      for (let at = 0; at < lines.length; at += QUESTION_ROWS_PER_INSERT) {
        const chunk = lines.slice(at, at + QUESTION_ROWS_PER_INSERT);
        const params: unknown[] = [];
        for (const line of chunk) {
          params.push(line.platform, line.channel, line.workspace ?? null, line.question, line.askedAt);
        }
        await tx.query(insertQuestions(chunk.length), params);
      }
    });
  }
}

/** Rows a question-log insert writes at most: 500 parameters, far under either database's limit. */
export const QUESTION_ROWS_PER_INSERT = 100;

/** The question log's insert for `rows` rows (`$1`-style parameters, five a row). */
function insertQuestions(rows: number): string {
  const values: string[] = [];
  for (let row = 0; row < rows; row++) {
    const p = row * 5;
    values.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5})`);
  }
  return `INSERT INTO question_log (platform, channel, workspace, question, asked_at) VALUES ${values.join(', ')}`;
}

function upsertReading(sql: SqlClient, advance: ReadingAdvance, now: number) {
  return sql.query(
    `INSERT INTO reading_progress (platform, channel, workspace, next_paragraph, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (platform, channel) DO UPDATE SET next_paragraph = excluded.next_paragraph,
       workspace = excluded.workspace, updated_at = excluded.updated_at`,
    [advance.platform, advance.channel, advance.workspace, advance.nextParagraph, now],
  );
}
