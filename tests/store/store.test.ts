// The SQLite store: created on first open under DATA_DIR, migrated once, and what it keeps.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { DATABASE_FILE, migrate, Store, type SubscriptionSpec } from '../../src/store/store.js';

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

describe('migrations', () => {
  it('create the database file, and its directory, on first open', () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = Store.openIn(dataDir);
    store.close();
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('bring a fresh file to the latest version', () => {
    const store = Store.openIn(dir);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    store.close();
  });

  it('run once: reopening applies nothing and keeps the data', () => {
    const store = Store.openIn(dir);
    store.subscribe(daily, 1000);
    store.close();
    const db = new Database(join(dir, DATABASE_FILE));
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = Store.openIn(dir);
    expect(again.subscriptions()).toHaveLength(1);
    again.close();
  });

  it('apply only the ones a database has not seen, in order', () => {
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

  it('refuse to open when DATA_DIR is not a directory, with an error', () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    expect(() => Store.openIn(file)).toThrow();
  });

  it('bring a version 1 database forward, keeping its subscriptions', () => {
    const file = join(dir, DATABASE_FILE);
    const db = new Database(file);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version === 1),
    );
    db.prepare(
      `INSERT INTO subscriptions (platform, channel, cadence, time, cron, zone, created_at)
       VALUES ('discord', 'C1', 'daily', '09:00', '0 9 * * *', 'UTC', 1)`,
    ).run();
    db.close();
    const store = Store.open(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    expect(store.subscriptions()).toHaveLength(1);
    expect(store.serverSettings('discord', 'G1')).toBeUndefined();
    store.close();
  });

  it('keep no column for who asked a question', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = (db.prepare('PRAGMA table_info(question_log)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['id', 'platform', 'channel', 'question', 'asked_at']);
    db.close();
  });
});

describe('the store', () => {
  it('keeps one subscription per channel; subscribing again replaces it and resumes it', () => {
    const store = Store.open(':memory:');
    const first = store.subscribe(daily, 1000);
    store.pause(first.id, 'Missing Access', 2000);
    const second = store.subscribe({ ...daily, topic: 'ICANN' }, 3000);
    expect(store.subscriptions()).toEqual([second]);
    expect(second.pausedAt).toBeNull();
    expect(second.topic).toBe('ICANN');
    store.close();
  });

  it('claims a slot only from the run it last saw (no double posts)', () => {
    const store = Store.open(':memory:');
    const { id } = store.subscribe(daily, 1000);
    expect(store.claimSlot(id, null, 5000, 5001)).toBe(true);
    expect(store.claimSlot(id, null, 5000, 5002)).toBe(false);
    expect(store.claimSlot(id, { lastSlotAt: 5000, lastPostedAt: 5001 }, 9000, 9001)).toBe(true);
    store.releaseSlot(id, { lastSlotAt: 5000, lastPostedAt: 5001 });
    expect(store.subscriptionById(id)?.lastSlotAt).toBe(5000);
    store.close();
  });

  it('logs questions with channel and time only, and prunes old ones', () => {
    const store = Store.open(':memory:');
    store.logQuestion('slack', 'C1', 'what is cyber sovereignty', 100);
    store.logQuestion('slack', 'C1', 'who runs ICANN', 200);
    store.logQuestion('slack', 'C2', 'elsewhere', 150);
    expect(store.questionsBetween('slack', 'C1', 0, 1000)).toEqual([
      { question: 'what is cyber sovereignty', askedAt: 100 },
      { question: 'who runs ICANN', askedAt: 200 },
    ]);
    expect(store.pruneQuestions(160)).toBe(2);
    expect(store.questionsBetween('slack', 'C1', 0, 1000)).toHaveLength(1);
    store.close();
  });

  it('writes the question log in one batch after its delay, not at once', () => {
    const timers: (() => void)[] = [];
    const store = Store.openIn(dir, { delayMs: 1000, schedule: (callback) => timers.push(callback) });
    const reader = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const written = () => (reader.prepare('SELECT count(*) AS n FROM question_log').get() as { n: number }).n;
    store.logQuestion('slack', 'C1', 'what is cyber sovereignty', 100);
    store.logQuestion('slack', 'C1', 'who runs ICANN', 200);
    expect(written()).toBe(0);
    expect(timers).toHaveLength(1);
    timers[0]?.();
    expect(written()).toBe(2);
    reader.close();
    store.close();
  });

  it('reads questions still waiting to be written', () => {
    const store = Store.open(':memory:', { schedule: () => {} });
    store.logQuestion('slack', 'C1', 'who runs ICANN', 200);
    expect(store.questionsBetween('slack', 'C1', 0, 1000)).toEqual([
      { question: 'who runs ICANN', askedAt: 200 },
    ]);
    store.close();
  });

  it('writes the waiting questions when it closes, so a shutdown loses none', () => {
    const store = Store.openIn(dir, { schedule: () => {} });
    store.logQuestion('discord', 'D1', 'what is cyber sovereignty', 100);
    store.close();
    const again = Store.openIn(dir);
    expect(again.questionsBetween('discord', 'D1', 0, 1000)).toEqual([
      { question: 'what is cyber sovereignty', askedAt: 100 },
    ]);
    again.close();
  });

  it('keeps each server’s settings apart, per platform, and changes them in place', () => {
    const store = Store.open(':memory:');
    expect(store.serverSettings('discord', 'G1')).toBeUndefined();
    store.setServerSettings('discord', 'G1', { privateAnswers: true }, 100);
    expect(store.serverSettings('discord', 'G1')).toEqual({ privateAnswers: true, updatedAt: 100 });
    expect(store.serverSettings('discord', 'G2')).toBeUndefined();
    expect(store.serverSettings('slack', 'G1')).toBeUndefined();
    store.setServerSettings('discord', 'G1', { privateAnswers: false }, 200);
    expect(store.serverSettings('discord', 'G1')).toEqual({ privateAnswers: false, updatedAt: 200 });
    store.close();
  });

  it('keeps server settings across a reopen', () => {
    const store = Store.openIn(dir);
    store.setServerSettings('discord', 'G1', { privateAnswers: true }, 100);
    store.close();
    const again = Store.openIn(dir);
    expect(again.serverSettings('discord', 'G1')?.privateAnswers).toBe(true);
    again.close();
  });

  it('remembers each channel’s reading position', () => {
    const store = Store.open(':memory:');
    expect(store.readingPosition('slack', 'C1')).toBe(1);
    store.setReadingPosition('slack', 'C1', 12, 100);
    expect(store.readingPosition('slack', 'C1')).toBe(12);
    expect(store.readingPosition('discord', 'C1')).toBe(1);
    store.close();
  });
});
