// What only the SQLite store does: its file under DATA_DIR, created on first open, and `user_version`
// migrations that bring an existing file forward without losing data. What every store does is in
// contract.test.ts.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { DATABASE_FILE, migrate, openSqliteStore, openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { SubscriptionSpec } from '../../src/store/store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const daily: SubscriptionSpec = {
  platform: 'discord',
  channel: '1100000000000000003',
  cadence: 'daily',
  time: '09:00',
  weekday: null,
  cron: '0 9 * * *',
  zone: 'UTC',
  topic: null,
};

/** A database file at `version`, as a release of that time left it. */
function fileAt(version: number): Database.Database {
  const db = new Database(join(dir, DATABASE_FILE));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  return db;
}

describe('the SQLite file', () => {
  it('is created, with its directory, on first open', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = openSqliteStoreIn(dataDir);
    await store.close();
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('is brought to the latest version', async () => {
    const store = openSqliteStoreIn(dir);
    expect(await store.schemaVersion()).toBe(MIGRATIONS.at(-1)?.version);
    await store.close();
  });

  it('is migrated once: reopening applies nothing and keeps the data', async () => {
    const store = openSqliteStoreIn(dir);
    await store.subscribe(daily, 1000);
    await store.close();
    const db = new Database(join(dir, DATABASE_FILE));
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openSqliteStoreIn(dir);
    expect(await again.subscriptions()).toHaveLength(1);
    await again.close();
  });

  it('gets only the migrations it has not seen, in order', () => {
    const db = new Database(':memory:');
    const extra = {
      version: MIGRATIONS.length + 1,
      description: 'test',
      sql: 'CREATE TABLE later (x INTEGER);',
    };
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([extra.version]);
    expect(db.pragma('user_version', { simple: true })).toBe(extra.version);
    db.close();
  });

  it('cannot be opened when DATA_DIR is not a directory: an error, at start-up', () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    expect(() => openSqliteStoreIn(file)).toThrow();
  });

  it('keeps no column for who asked a question', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = (db.prepare('PRAGMA table_info(question_log)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['id', 'platform', 'channel', 'question', 'asked_at', 'workspace']);
    db.close();
  });
});

describe('an existing file brought forward', () => {
  it('from version 1 keeps its subscriptions, and gains server settings', async () => {
    const db = fileAt(1);
    db.prepare(
      `INSERT INTO subscriptions (platform, channel, cadence, time, cron, zone, created_at)
       VALUES ('discord', 'C1', 'daily', '09:00', '0 9 * * *', 'UTC', 1)`,
    ).run();
    db.close();
    const store = openSqliteStore(join(dir, DATABASE_FILE));
    expect(await store.schemaVersion()).toBe(MIGRATIONS.at(-1)?.version);
    expect(await store.subscriptions()).toMatchObject([{ channel: 'C1', workspace: null }]);
    expect(await store.serverSettings('discord', 'G1')).toBeUndefined();
    await store.close();
  });

  it('from version 2 keeps its last runs as posted slots, so nothing is posted again', async () => {
    const db = fileAt(2);
    db.prepare(
      `INSERT INTO subscriptions (id, platform, channel, cadence, time, cron, zone, created_at)
       VALUES (7, 'slack', 'C1', 'daily', '09:00', '0 9 * * *', 'UTC', 1)`,
    ).run();
    db.prepare(
      'INSERT INTO runs (subscription_id, last_slot_at, last_posted_at) VALUES (7, 5000, 5100)',
    ).run();
    db.prepare(
      `INSERT INTO question_log (platform, channel, question, asked_at) VALUES ('slack', 'C1', 'who runs ICANN', 4000)`,
    ).run();
    db.prepare(
      `INSERT INTO reading_progress (platform, channel, next_paragraph, updated_at) VALUES ('slack', 'C1', 9, 5100)`,
    ).run();
    db.close();
    const store = openSqliteStore(join(dir, DATABASE_FILE));
    expect(await store.subscriptionById(7)).toMatchObject({
      lastSlotAt: 5000,
      lastPostedAt: 5100,
      pending: null,
    });
    expect(
      await store.claimSlot({
        subscriptionId: 7,
        slotAt: 5000,
        owner: 'a',
        now: 99_000,
        leaseUntil: 100_000,
      }),
    ).toBeUndefined();
    expect(await store.questionsBetween('slack', 'C1', 0, 10_000)).toEqual([
      { question: 'who runs ICANN', askedAt: 4000 },
    ]);
    expect(await store.readingPosition('slack', 'C1')).toBe(9);
    // Main's files gain the tables of votes and thread memory, empty and usable.
    expect(await store.feedback.votesSince(0)).toEqual([]);
    const key = { platform: 'slack', workspace: 'T1', channel: 'C1', thread: '1.2' } as const;
    await store.threads.remember(key, { question: 'q', offset: 0, passages: ['p1'], next: null }, 6000);
    expect((await store.threads.recall(key, 7000))?.answeredAt).toBe(6000);
    await store.close();
  });
});
