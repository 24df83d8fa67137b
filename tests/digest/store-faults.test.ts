// The database failing while the bot runs: writes refused (SQLite's "attempt to write a readonly
// database") or the handle closed. The scheduler logs and keeps its timer without spinning, and a
// question whose log line cannot be written is still answered.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChannelDigests, executeInChannel, type Where } from '../../src/digest/channels.js';
import type { PostPort, PostResult } from '../../src/digest/post.js';
import { Scheduler, type SchedulerLogger } from '../../src/digest/scheduler.js';
import { createCyberviews } from '../../src/index.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { text } from '../support/message.js';
import { ManualClock } from './clock.js';

const core = createCyberviews();
const HOUR = 60 * 60 * 1000;
/** Monday 1 January 2024, 08:00 UTC. */
const START = Date.UTC(2024, 0, 1, 8, 0);
const where: Where = { platform: 'slack', channel: 'C0FAULTS1', admin: false };

/**
 * Makes every later write on the store's connection fail the way SQLite fails on a file that became
 * read-only (the tests may run as root, for whom chmod changes nothing).
 */
function refuseWrites(store: Store): void {
  database(store).pragma('query_only = ON');
}

/**
 * The better-sqlite3 handle under the store's SQL client. It is private to the store, which offers no way
 * to make the database misbehave; this fault test reaches it on purpose, hence the cast.
 */
function database(store: Store): Database.Database {
  return (store as unknown as { sql: { db: Database.Database } }).sql.db;
}

let dir: string;
let clock: ManualClock;
let store: Store;
let posts: number;
let logged: { level: string; message: string }[];
let rejections: unknown[];
const onRejection = (reason: unknown) => rejections.push(reason);

const port: PostPort = {
  platform: 'slack',
  async post(): Promise<PostResult> {
    posts += 1;
    return { ok: true };
  },
};
const log: SchedulerLogger = {
  info: (message) => logged.push({ level: 'info', message }),
  warn: (message) => logged.push({ level: 'warn', message }),
  error: (message) => logged.push({ level: 'error', message }),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-store-faults-'));
  clock = new ManualClock(START);
  store = openSqliteStoreIn(dir);
  posts = 0;
  logged = [];
  rejections = [];
  process.on('unhandledRejection', onRejection);
});

afterEach(async () => {
  process.off('unhandledRejection', onRejection);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function subscribeDaily(): Promise<void> {
  const digests = createChannelDigests({ store, now: () => clock.now(), zone: 'UTC' });
  const reply = await executeInChannel(core, digests, 'subscribe daily 09:00', where);
  expect(reply.kind).toBe('subscriptions');
}

/** Moves the clock, letting each scheduler run finish, then lets any stray rejection surface. */
async function advance(scheduler: Scheduler, ms: number): Promise<void> {
  await clock.advance(ms, () => scheduler.settled());
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the scheduler when the database fails mid-run', () => {
  it('logs refused writes, posts nothing, and tries again minutes later rather than at once', async () => {
    await subscribeDaily();
    const scheduler = new Scheduler({ store, core, ports: [port], clock, log, questionLogDays: 30 });
    scheduler.start();
    await scheduler.settled();
    refuseWrites(store);
    await advance(scheduler, 2 * HOUR);
    await scheduler.stop();
    expect(rejections).toEqual([]);
    expect(posts).toBe(0);
    const errors = logged.filter((entry) => entry.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    // From 09:00 to 10:00 a failing store is retried every few minutes, not in a tight loop.
    expect(errors.length).toBeLessThanOrEqual(20);
  });

  it('keeps running with a closed handle: logs, re-arms its timer, never rejects unhandled', async () => {
    await subscribeDaily();
    const scheduler = new Scheduler({ store, core, ports: [port], clock, log, questionLogDays: 30 });
    scheduler.start();
    await scheduler.settled();
    await store.close();
    await advance(scheduler, 2 * HOUR);
    expect(rejections).toEqual([]);
    expect(clock.pending).toBe(1);
    expect(logged.some((entry) => entry.level === 'error')).toBe(true);
    await scheduler.stop();
  });

  it('posts the due digest once the database takes writes again', async () => {
    await subscribeDaily();
    const scheduler = new Scheduler({ store, core, ports: [port], clock, log, questionLogDays: 30 });
    scheduler.start();
    await scheduler.settled();
    refuseWrites(store);
    await advance(scheduler, HOUR + 60_000);
    expect(posts).toBe(0);
    database(store).pragma('query_only = OFF');
    await advance(scheduler, HOUR);
    await scheduler.stop();
    expect(posts).toBe(1);
  });
});

describe('the question log when the database fails', () => {
  it('answers a question whose log line cannot be written, reports the failure and keeps the line', async () => {
    const failures: string[] = [];
    await store.close();
    store = openSqliteStoreIn(dir, {
      schedule: () => {},
      onError: (message) => failures.push(message),
    });
    const digests = createChannelDigests({ store, now: () => clock.now(), zone: 'UTC' });
    refuseWrites(store);
    const result = await executeInChannel(core, digests, 'what is cyber sovereignty', where);
    expect(result.kind === 'answer' && result.answer.passages.length > 0).toBe(true);
    expect(await store.flushQuestions()).toBe(0);
    expect(failures).toEqual(['could not write the question log']);
    database(store).pragma('query_only = OFF');
    expect(await store.flushQuestions()).toBe(1);
  });

  it('answers with a closed handle too, and subscribe says the database is unreachable', async () => {
    const digests = createChannelDigests({ store, now: () => clock.now(), zone: 'UTC' });
    await store.close();
    const result = await executeInChannel(core, digests, 'what is cyber sovereignty', where);
    expect(result.kind === 'answer' && result.answer.passages.length > 0).toBe(true);
    const subscribe = await executeInChannel(core, digests, 'subscribe daily', where);
    expect(subscribe.kind).toBe('error');
    expect(subscribe.kind === 'error' && text(subscribe.message)).toMatch(/database/);
  });
});
