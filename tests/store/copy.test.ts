// Moving to several instances: an existing SQLite database copied into an empty Postgres one reads the
// same through the store, and the copy refuses a database that is not empty.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copySqliteToPostgres, TargetNotEmptyError } from '../../src/store/copy.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { DATABASE_FILE, openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store, SubscriptionSpec } from '../../src/store/store.js';
import { PgliteClient, resetPglite, sharedPglite } from '../support/pglite.js';

const daily: SubscriptionSpec = {
  platform: 'slack',
  channel: 'C0COPY001',
  workspace: 'T0COPY',
  cadence: 'daily',
  time: '09:00',
  weekday: null,
  cron: '0 9 * * *',
  zone: 'UTC',
  topic: null,
};

const THREAD = { platform: 'slack', workspace: 'T0COPY', channel: 'C0COPY001', thread: '1.2' } as const;
const SHOWN = { question: 'who runs ICANN', offset: 0, passages: ['p30'], next: null };

let dir: string;
beforeAll(() => sharedPglite(), 120_000);
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-copy-'));
  await resetPglite(await sharedPglite());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(async () => (await sharedPglite()).close());

/** A SQLite deployment with a posted slot, a reading position, a question and a server's settings. */
async function deployment(): Promise<Store> {
  const store = openSqliteStoreIn(dir, { delayMs: 0 });
  const { id } = await store.subscribe(daily, 1000);
  await store.subscribe({ ...daily, channel: 'C0COPY002', topic: 'ICANN' }, 2000);
  const claim = await store.claimSlot({
    subscriptionId: id,
    slotAt: 5000,
    owner: 'a',
    now: 5000,
    leaseUntil: 6000,
  });
  if (!claim) throw new Error('claim lost');
  await store.completeSlot(claim, 5100, {
    platform: 'slack',
    channel: daily.channel,
    workspace: 'T0COPY',
    nextParagraph: 9,
  });
  store.logQuestion({
    platform: 'slack',
    channel: daily.channel,
    workspace: 'T0COPY',
    question: 'who runs ICANN',
    askedAt: 4000,
  });
  await store.setServerSettings('discord', 'G1', { privateAnswers: true }, 3000);
  const vote = await store.feedback.record({
    platform: 'slack',
    workspace: 'T0COPY',
    channel: daily.channel,
    question: 'who runs ICANN',
    passages: ['p30'],
    helpful: false,
    votedAt: 4500,
  });
  await store.feedback.addReason(vote, 'wrong passage');
  await store.threads.remember(THREAD, SHOWN, 4600);
  await store.installations.save({
    workspace: 'T0COPY',
    teamId: 'T0COPY',
    enterpriseId: null,
    enterpriseInstall: false,
    sealed: 'v1.sealed',
    installedAt: 4700,
  });
  return store;
}

describe('copying SQLite into Postgres', () => {
  it('keeps every row, and the store reads them the same', async () => {
    const sqlite = await deployment();
    const before = await sqlite.subscriptions();
    await sqlite.close();
    const db = await sharedPglite();
    const postgres = await openPostgresStore(new PgliteClient(db));
    const source = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const counts = await copySqliteToPostgres(source, new PgliteClient(db));
    source.close();
    expect(counts).toEqual({
      subscriptions: 2,
      digest_slots: 1,
      reading_progress: 1,
      question_log: 1,
      server_settings: 1,
      feedback: 1,
      threads: 1,
      slack_installations: 1,
    });
    expect(await postgres.subscriptions()).toEqual(before);
    expect(await postgres.readingPosition('slack', daily.channel)).toBe(9);
    expect(await postgres.questionsBetween('slack', daily.channel, 0, 10_000)).toEqual([
      { question: 'who runs ICANN', askedAt: 4000 },
    ]);
    expect(await postgres.serverSettings('discord', 'G1')).toEqual({ privateAnswers: true, updatedAt: 3000 });
    expect(await postgres.feedback.votesSince(0)).toMatchObject([
      { id: 1, question: 'who runs ICANN', passages: ['p30'], helpful: false, reason: 'wrong passage' },
    ]);
    expect(await postgres.threads.recall(THREAD, 5000)).toEqual({ shown: SHOWN, answeredAt: 4600 });
    expect((await postgres.installations.find('T0COPY'))?.sealed).toBe('v1.sealed');
    // A new vote gets an id past the copied one (a 👎's reason form refers to it).
    expect(
      await postgres.feedback.record({
        platform: 'slack',
        workspace: 'T0COPY',
        channel: daily.channel,
        question: 'q',
        passages: [],
        helpful: true,
        votedAt: 9000,
      }),
    ).toBe(2);
    // New rows get ids past the copied ones.
    const added = await postgres.subscribe({ ...daily, channel: 'C0COPY003' }, 9000);
    expect(added.id).toBeGreaterThan(Math.max(...before.map((s) => s.id)));
    await postgres.close();
  });

  it('refuses a database that already holds rows, and copies nothing', async () => {
    const sqlite = await deployment();
    await sqlite.close();
    const db = await sharedPglite();
    const postgres = await openPostgresStore(new PgliteClient(db));
    await postgres.setServerSettings('discord', 'G9', { privateAnswers: false }, 1);
    const source = new Database(join(dir, DATABASE_FILE), { readonly: true });
    await expect(copySqliteToPostgres(source, new PgliteClient(db))).rejects.toBeInstanceOf(
      TargetNotEmptyError,
    );
    source.close();
    expect(await postgres.subscriptions()).toEqual([]);
    await postgres.close();
  });
});
