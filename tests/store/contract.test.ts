// One specification of the store, run against every implementation: SQLite (the embedded default),
// Postgres embedded in-process (PGlite), and a real Postgres server when one is reachable
// (TEST_DATABASE_URL; `.ci/run` starts one). Each behaviour holds on all of them, or the suite fails.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Shown } from '../../src/answer/followup.js';
import { type InstallationRow, resealInstallations } from '../../src/store/installations.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import type { QuestionLogOptions } from '../../src/store/question-log.js';
import { QUESTION_ROWS_PER_INSERT } from '../../src/store/sql-store.js';
import { DATABASE_FILE, openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store, SubscriptionSpec } from '../../src/store/store.js';
import { THREAD_MEMORY_DAYS, type ThreadKey } from '../../src/store/threads.js';
import { TokenCipher } from '../../src/store/token-cipher.js';
import { PgliteClient, resetPglite, sharedPglite } from '../support/pglite.js';
import { findPostgres, type TestSchema, testSchema } from '../support/postgres.js';

/** A database the tests may open several stores on (a reopen, a second instance), and read directly. */
interface Backend {
  open(questionLog?: Partial<QuestionLogOptions>): Promise<Store>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  cleanup(): Promise<void>;
}

interface Implementation {
  name: string;
  /** Undefined when the implementation cannot run here (no Postgres server). */
  create: () => Promise<Backend>;
}

const sqlite: Implementation = {
  name: 'SQLite',
  create: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberviews-contract-'));
    return {
      open: async (questionLog) => openSqliteStoreIn(dir, questionLog),
      rows: async (sql) => {
        const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
        try {
          return db.prepare(sql).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const pglite: Implementation = {
  name: 'Postgres (PGlite, embedded)',
  create: async () => {
    const db = await sharedPglite();
    await resetPglite(db);
    return {
      open: (questionLog) => openPostgresStore(new PgliteClient(db), questionLog),
      rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
      cleanup: async () => {},
    };
  },
};

const server = await findPostgres();
const postgres: Implementation = {
  name: 'Postgres (server)',
  create: async () => {
    const schema: TestSchema = await testSchema(server.url as string);
    const reader = schema.client(1);
    return {
      open: (questionLog) => openPostgresStore(schema.client(), questionLog),
      rows: async (sql) => (await reader.query<Record<string, unknown>>(sql)).rows,
      cleanup: () => schema.drop(),
    };
  },
};
if (server.url === undefined) console.warn(`store contract on a Postgres server skipped: ${server.why}`);

const daily: SubscriptionSpec = {
  platform: 'discord',
  channel: '1100000000000000003',
  workspace: '1100000000000000001',
  cadence: 'daily',
  time: '09:00',
  weekday: null,
  cron: '0 9 * * *',
  zone: 'UTC',
  topic: null,
};

const DAY = 86_400_000;

const implementations = [sqlite, pglite, ...(server.url ? [postgres] : [])];

// Starting PGlite compiles Postgres' WebAssembly: seconds on a busy machine, paid once per file.
beforeAll(() => sharedPglite(), 120_000);

describe.each(implementations)('the store on $name', ({ create }) => {
  let backend: Backend;
  let store: Store;
  const opened: Store[] = [];
  const open = async (questionLog: Partial<QuestionLogOptions> = { delayMs: 0 }) => {
    const next = await backend.open(questionLog);
    opened.push(next);
    return next;
  };

  beforeEach(async () => {
    backend = await create();
    store = await open();
  });
  afterEach(async () => {
    for (const each of opened.splice(0)) await each.close();
    await backend.cleanup();
  });

  describe('subscriptions', () => {
    it('keeps one per channel; subscribing again replaces it and resumes it', async () => {
      const first = await store.subscribe(daily, 1000);
      await store.pause(first.id, 'Missing Access', 2000);
      expect((await store.subscriptionById(first.id))?.pausedReason).toBe('Missing Access');
      const second = await store.subscribe({ ...daily, topic: 'ICANN' }, 3000);
      expect(await store.subscriptions()).toEqual([second]);
      expect(second).toMatchObject({ pausedAt: null, topic: 'ICANN', createdAt: 3000, lastSlotAt: null });
    });

    it('records the workspace or server each belongs to, and none where the platform gives none', async () => {
      const guild = await store.subscribe(daily, 1000);
      const console = await store.subscribe({ ...daily, channel: 'DM1', workspace: null }, 1000);
      expect(guild.workspace).toBe('1100000000000000001');
      expect(console.workspace).toBeNull();
      expect(await store.subscriptionFor('discord', daily.channel)).toEqual(guild);
      expect(await store.subscriptionFor('slack', daily.channel)).toBeUndefined();
    });

    it('unsubscribing removes the subscription and its slots', async () => {
      const { id } = await store.subscribe(daily, 1000);
      await store.claimSlot({ subscriptionId: id, slotAt: 5000, owner: 'a', now: 5000, leaseUntil: 6000 });
      expect(await store.unsubscribe('discord', daily.channel)).toBe(true);
      expect(await store.unsubscribe('discord', daily.channel)).toBe(false);
      expect(await store.subscriptions()).toEqual([]);
      expect(await backend.rows('SELECT * FROM digest_slots')).toEqual([]);
    });

    it('keep every field through a reopen', async () => {
      const weekly = await store.subscribe(
        { ...daily, cadence: 'weekly', weekday: 1, time: '08:30', zone: 'Europe/Berlin', topic: 'ICANN' },
        1_700_000_000_000,
      );
      const again = await open();
      expect(await again.subscriptionById(weekly.id)).toEqual(weekly);
    });
  });

  describe('slot claims', () => {
    const claim = (id: number, owner: string, now: number, slotAt = 5000) =>
      store.claimSlot({ subscriptionId: id, slotAt, owner, now, leaseUntil: now + 1000 });

    it('the first claim of a slot wins; another claim loses while its lease holds', async () => {
      const { id } = await store.subscribe(daily, 1000);
      expect(await claim(id, 'a', 5000)).toEqual({
        subscriptionId: id,
        slotAt: 5000,
        owner: 'a',
        attempt: 1,
      });
      expect(await claim(id, 'b', 5999)).toBeUndefined();
      expect((await store.subscriptionById(id))?.pending).toEqual({ slotAt: 5000, leaseUntil: 6000 });
    });

    it('an expired lease on an unposted slot can be claimed again, counting the attempts', async () => {
      const { id } = await store.subscribe(daily, 1000);
      await claim(id, 'a', 5000);
      expect(await claim(id, 'b', 6000)).toMatchObject({ owner: 'b', attempt: 2 });
      expect(await claim(id, 'a', 6500)).toBeUndefined();
    });

    it('a posted slot is never claimed again, and becomes the last run', async () => {
      const { id } = await store.subscribe(daily, 1000);
      const won = await claim(id, 'a', 5000);
      if (!won) throw new Error('claim lost');
      await store.completeSlot(won, 5100);
      expect(await claim(id, 'b', 99_000)).toBeUndefined();
      expect(await store.subscriptionById(id)).toMatchObject({
        lastSlotAt: 5000,
        lastPostedAt: 5100,
        pending: null,
      });
    });

    it('no claim for a paused subscription, or for a slot older than one already posted', async () => {
      const { id } = await store.subscribe(daily, 1000);
      const later = await claim(id, 'a', 9000, 9000);
      if (!later) throw new Error('claim lost');
      await store.completeSlot(later, 9000);
      expect(await claim(id, 'b', 9500, 5000)).toBeUndefined();
      await store.pause(id, 'Missing Access', 9600);
      expect(await claim(id, 'b', 9700, 20_000)).toBeUndefined();
    });

    it('of many concurrent claims of one slot, exactly one wins', async () => {
      const { id } = await store.subscribe(daily, 1000);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => claim(id, `instance-${i}`, 5000)),
      );
      expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    });

    it('a lease is renewed only by its owner, and a released slot waits until its retry time', async () => {
      const { id } = await store.subscribe(daily, 1000);
      const won = await claim(id, 'a', 5000);
      if (!won) throw new Error('claim lost');
      expect(await store.renewLease({ ...won, owner: 'b' }, 99_000)).toBe(false);
      expect(await store.renewLease(won, 8000)).toBe(true);
      expect(await claim(id, 'b', 7000)).toBeUndefined();
      await store.releaseSlot(won, 20_000);
      expect(await claim(id, 'b', 19_999)).toBeUndefined();
      expect(await claim(id, 'b', 20_000)).toMatchObject({ attempt: 2 });
    });

    it('completing a reading digest advances the channel’s reading position with it', async () => {
      const { id } = await store.subscribe(daily, 1000);
      const won = await claim(id, 'a', 5000);
      if (!won) throw new Error('claim lost');
      await store.completeSlot(won, 5100, {
        platform: 'discord',
        channel: daily.channel,
        workspace: daily.workspace ?? null,
        nextParagraph: 7,
      });
      expect(await store.readingPosition('discord', daily.channel)).toBe(7);
    });
  });

  describe('reading progress', () => {
    it('remembers each channel’s position, starting at 1, with its workspace', async () => {
      expect(await store.readingPosition('slack', 'C1')).toBe(1);
      await store.setReadingPosition(
        { platform: 'slack', channel: 'C1', workspace: 'T1', nextParagraph: 12 },
        100,
      );
      await store.setReadingPosition(
        { platform: 'slack', channel: 'C1', workspace: 'T1', nextParagraph: 20 },
        200,
      );
      expect(await store.readingPosition('slack', 'C1')).toBe(20);
      expect(await store.readingPosition('discord', 'C1')).toBe(1);
      expect(await backend.rows('SELECT workspace FROM reading_progress')).toEqual([{ workspace: 'T1' }]);
    });
  });

  describe('the question log', () => {
    it('keeps channel, workspace and time, never who asked, and prunes old lines', async () => {
      store.logQuestion({
        platform: 'slack',
        channel: 'C1',
        workspace: 'T1',
        question: 'what is cyber sovereignty',
        askedAt: 100,
      });
      store.logQuestion({
        platform: 'slack',
        channel: 'C1',
        workspace: 'T1',
        question: 'who runs ICANN',
        askedAt: 200,
      });
      store.logQuestion({ platform: 'slack', channel: 'C2', question: 'elsewhere', askedAt: 150 });
      expect(await store.questionsBetween('slack', 'C1', 0, 1000)).toEqual([
        { question: 'what is cyber sovereignty', askedAt: 100 },
        { question: 'who runs ICANN', askedAt: 200 },
      ]);
      expect(await store.questionsBetween('slack', 'C1', 100, 1000)).toHaveLength(1);
      expect(await store.pruneQuestions(180)).toBe(2);
      expect(await store.questionsBetween('slack', 'C1', 0, 1000)).toHaveLength(1);
      const columns = Object.keys((await backend.rows('SELECT * FROM question_log'))[0] ?? {}).sort();
      expect(columns).toEqual(['asked_at', 'channel', 'id', 'platform', 'question', 'workspace']);
    });

    it('writes in one batch after its delay, reads lines still waiting, and writes the rest on close', async () => {
      const timers: (() => void)[] = [];
      const batched = await open({ delayMs: 1000, schedule: (callback) => timers.push(callback) });
      batched.logQuestion({ platform: 'slack', channel: 'C1', question: 'one', askedAt: 100 });
      batched.logQuestion({ platform: 'slack', channel: 'C1', question: 'two', askedAt: 200 });
      expect(timers).toHaveLength(1);
      expect(await backend.rows('SELECT * FROM question_log')).toEqual([]);
      expect(await batched.questionsBetween('slack', 'C1', 0, 1000)).toHaveLength(2);
      batched.logQuestion({ platform: 'slack', channel: 'C1', question: 'three', askedAt: 300 });
      await batched.close();
      expect(await backend.rows('SELECT question FROM question_log ORDER BY asked_at')).toEqual([
        { question: 'one' },
        { question: 'two' },
        { question: 'three' },
      ]);
    });

    it('writes a batch longer than one insert whole, every field of every line in order', async () => {
      const batched = await open({ delayMs: 1000, schedule: () => {} });
      const count = 2 * QUESTION_ROWS_PER_INSERT + 7;
      for (let n = 0; n < count; n++) {
        batched.logQuestion({
          platform: 'slack',
          channel: 'C1',
          ...(n % 2 === 0 && { workspace: `T${n}` }),
          question: `question ${n}`,
          askedAt: 1000 + n,
        });
      }
      expect(await batched.flushQuestions()).toBe(count);
      const rows = await backend.rows(
        'SELECT platform, channel, workspace, question, asked_at FROM question_log ORDER BY id',
      );
      expect(rows).toHaveLength(count);
      expect(rows[count - 1]).toMatchObject({
        workspace: `T${count - 1}`,
        question: `question ${count - 1}`,
      });
      rows.forEach((row, n) => {
        expect(row).toMatchObject({
          platform: 'slack',
          channel: 'C1',
          workspace: n % 2 === 0 ? `T${n}` : null,
          question: `question ${n}`,
        });
        expect(Number(row.asked_at)).toBe(1000 + n);
      });
    });
  });

  describe('server settings', () => {
    it('keeps each server’s apart, per platform, changes them in place, and keeps them through a reopen', async () => {
      expect(await store.serverSettings('discord', 'G1')).toBeUndefined();
      await store.setServerSettings('discord', 'G1', { privateAnswers: true }, 100);
      expect(await store.serverSettings('discord', 'G1')).toEqual({ privateAnswers: true, updatedAt: 100 });
      expect(await store.serverSettings('discord', 'G2')).toBeUndefined();
      expect(await store.serverSettings('slack', 'G1')).toBeUndefined();
      await store.setServerSettings('discord', 'G1', { privateAnswers: false }, 200);
      const again = await open();
      expect(await again.serverSettings('discord', 'G1')).toEqual({ privateAnswers: false, updatedAt: 200 });
    });
  });

  describe('votes on answers', () => {
    const vote = {
      platform: 'slack' as const,
      workspace: 'T0CYBER',
      channel: 'C0POLICY1',
      question: 'who runs the DNS',
      passages: ['p30', 'p70'],
      helpful: false,
      votedAt: 1_000,
    };

    it('keep a vote through a reopen: question, passages shown, vote, time, workspace; a 👎’s reason', async () => {
      const id = await store.feedback.record(vote);
      expect(await store.feedback.addReason(id, 'wrong passage')).toBe(true);
      const again = await open();
      expect(await again.feedback.votesSince(0)).toEqual([{ ...vote, id, reason: 'wrong passage' }]);
      const row = (await backend.rows('SELECT * FROM feedback'))[0] ?? {};
      expect(Object.keys(row).sort()).toEqual(
        [
          'channel',
          'helpful',
          'id',
          'passages',
          'platform',
          'question',
          'reason',
          'voted_at',
          'workspace',
        ].sort(),
      );
    });

    it('take no reason on a 👍, nor for a vote that is gone', async () => {
      const up = await store.feedback.record({ ...vote, helpful: true });
      expect(await store.feedback.addReason(up, 'great')).toBe(false);
      expect(await store.feedback.addReason(up + 100, 'x')).toBe(false);
    });

    it('are counted per channel in a window, and pruned by age', async () => {
      const { feedback } = store;
      await feedback.record({ ...vote, helpful: true, votedAt: 10 });
      await feedback.record({ ...vote, helpful: true, votedAt: 20 });
      await feedback.record({ ...vote, votedAt: 30 });
      await feedback.record({ ...vote, channel: 'C0OTHER', votedAt: 30 });
      expect(await feedback.countBetween(vote, 10, 30)).toEqual({ helpful: 1, unhelpful: 1 });
      expect(await feedback.countBetween(vote, 30, 40)).toEqual({ helpful: 0, unhelpful: 0 });
      expect(await feedback.prune(25)).toBe(2);
      expect((await feedback.votesSince(0)).map((v) => v.votedAt)).toEqual([30, 30]);
    });

    it('given on one instance are seen by another on the same database', async () => {
      const other = await open();
      const id = await store.feedback.record(vote);
      expect(await other.feedback.addReason(id, 'seen elsewhere')).toBe(true);
      expect((await store.feedback.votesSince(0))[0]?.reason).toBe('seen elsewhere');
    });
  });

  describe('thread memory', () => {
    const key: ThreadKey = {
      platform: 'slack',
      workspace: 'T0CYBER',
      channel: 'C0POLICY1',
      thread: '1700000000.000100',
    };
    const shown: Shown = {
      question: 'what is cyber sovereignty',
      offset: 0,
      passages: ['p19', 'p77', 'p74'],
      next: 3,
    };

    it('remembers what was shown last in a thread, through a reopen, keyed by workspace, channel and thread', async () => {
      await store.threads.remember(key, shown, 5_000);
      const { threads } = await open();
      expect(await threads.recall(key, 6_000)).toEqual({ shown, answeredAt: 5_000 });
      expect(await threads.recall({ ...key, workspace: 'T0OTHER' }, 6_000)).toBeUndefined();
      expect(await threads.recall({ ...key, thread: '1700000000.000200' }, 6_000)).toBeUndefined();
      const later = { ...shown, offset: 3, passages: ['p70'], next: null };
      await threads.remember(key, later, 7_000);
      expect((await store.threads.recall(key, 8_000))?.shown).toEqual(later);
    });

    it('forgets a thread after the expiry, and prunes it', async () => {
      const { threads } = store;
      await threads.remember(key, shown, 0);
      expect(await threads.recall(key, THREAD_MEMORY_DAYS * DAY)).toBeDefined();
      expect(await threads.recall(key, THREAD_MEMORY_DAYS * DAY + 1)).toBeUndefined();
      expect(await threads.prune(1)).toBe(1);
      expect(await threads.prune(1)).toBe(0);
    });
  });

  describe('Slack installations', () => {
    const KEY = '0f'.repeat(32);
    const NEW_KEY = 'a1'.repeat(32);
    const TOKEN = 'xoxb-1111-2222-abcdefghijklmnop';
    const row = (workspace: string, sealed: string, installedAt = 1000): InstallationRow => ({
      workspace,
      teamId: workspace,
      enterpriseId: null,
      enterpriseInstall: false,
      sealed,
      installedAt,
    });

    it('keep one installation per workspace; a reinstall replaces it', async () => {
      const { installations } = store;
      const cipher = TokenCipher.fromHex(KEY);
      await installations.save(row('T0ALPHA', cipher.seal('first', 'T0ALPHA')));
      await installations.save(row('T0ALPHA', cipher.seal('second', 'T0ALPHA'), 2000));
      const found = await installations.find('T0ALPHA');
      expect(found?.installedAt).toBe(2000);
      expect(found?.enterpriseInstall).toBe(false);
      expect(cipher.open(found?.sealed ?? '', 'T0ALPHA')).toBe('second');
      expect(await installations.all()).toHaveLength(1);
    });

    it('are shared by every instance on the database, and hold no token in clear', async () => {
      const cipher = TokenCipher.fromHex(KEY);
      await store.installations.save({
        ...row('E0ORG', cipher.seal(TOKEN, 'E0ORG')),
        teamId: null,
        enterpriseId: 'E0ORG',
        enterpriseInstall: true,
      });
      const found = await (await open()).installations.find('E0ORG');
      expect(found).toMatchObject({ teamId: null, enterpriseId: 'E0ORG', enterpriseInstall: true });
      expect(cipher.open(found?.sealed ?? '', 'E0ORG')).toBe(TOKEN);
      expect(JSON.stringify(await backend.rows('SELECT * FROM slack_installations'))).not.toContain('xoxb-');
    });

    it('are removed once: a repeated uninstall finds nothing', async () => {
      const { installations } = store;
      await installations.save(row('T0ALPHA', 'sealed'));
      expect(await installations.remove('T0ALPHA')).toBe(true);
      expect(await installations.remove('T0ALPHA')).toBe(false);
      expect(await installations.find('T0ALPHA')).toBeUndefined();
    });

    it('are resealed under the current key at the end of a rotation, the others left alone', async () => {
      const { installations } = store;
      const old = TokenCipher.fromHex(KEY);
      await installations.save(row('T0ALPHA', old.seal('alpha-token', 'T0ALPHA')));
      const rotated = TokenCipher.fromHex(NEW_KEY, [KEY]);
      await installations.save(row('T0BRAVO', rotated.seal('bravo-token', 'T0BRAVO')));
      expect(await resealInstallations(installations, rotated)).toEqual({ resealed: 1, unreadable: [] });
      const rows = await installations.all();
      expect(rows.every((r) => rotated.isCurrent(r.sealed))).toBe(true);
      const newOnly = TokenCipher.fromHex(NEW_KEY);
      expect(rows.map((r) => newOnly.open(r.sealed, r.workspace))).toEqual(['alpha-token', 'bravo-token']);
      expect((await resealInstallations(installations, rotated)).resealed).toBe(0);
    });

    it('that no key opens are named, and the others resealed', async () => {
      const { installations } = store;
      await installations.save(row('T0ALPHA', TokenCipher.fromHex('77'.repeat(32)).seal('lost', 'T0ALPHA')));
      await installations.save(row('T0BRAVO', TokenCipher.fromHex(KEY).seal('bravo-token', 'T0BRAVO')));
      const result = await resealInstallations(installations, TokenCipher.fromHex(NEW_KEY, [KEY]));
      expect(result.resealed).toBe(1);
      expect(result.unreadable.map((u) => u.workspace)).toEqual(['T0ALPHA']);
      expect(result.unreadable[0]?.reason).toMatch(/TOKEN_ENCRYPTION_KEY_PREVIOUS/);
    });

    it('replaced while resealing are not overwritten (compare-and-set)', async () => {
      const { installations } = store;
      const rotated = TokenCipher.fromHex(NEW_KEY, [KEY]);
      const stale = TokenCipher.fromHex(KEY).seal('old-token', 'T0ALPHA');
      await installations.save(row('T0ALPHA', rotated.seal('reinstalled-token', 'T0ALPHA')));
      expect(await installations.reseal('T0ALPHA', stale, rotated.seal('old-token', 'T0ALPHA'))).toBe(false);
      const found = await installations.find('T0ALPHA');
      expect(rotated.open(found?.sealed ?? '', 'T0ALPHA')).toBe('reinstalled-token');
    });
  });

  describe('pausing a workspace (it uninstalled the app)', () => {
    it('pauses its active subscriptions with the reason, once; other workspaces and platforms go on', async () => {
      const slack = { ...daily, platform: 'slack' as const, workspace: 'T0ALPHA' };
      const a = await store.subscribe({ ...slack, channel: 'C1' }, 1000);
      const b = await store.subscribe({ ...slack, channel: 'C2' }, 1000);
      await store.pause(b.id, 'Missing Access', 1500);
      const other = await store.subscribe({ ...slack, channel: 'C3', workspace: 'T0BRAVO' }, 1000);
      const discord = await store.subscribe({ ...daily, workspace: 'T0ALPHA' }, 1000);
      expect(await store.pauseWorkspace('slack', 'T0ALPHA', 'uninstalled', 2000)).toBe(1);
      expect(await store.pauseWorkspace('slack', 'T0ALPHA', 'revoked', 3000)).toBe(0);
      expect(await store.subscriptionById(a.id)).toMatchObject({
        pausedAt: 2000,
        pausedReason: 'uninstalled',
      });
      expect((await store.subscriptionById(b.id))?.pausedReason).toBe('Missing Access');
      expect((await store.subscriptionById(other.id))?.pausedAt).toBeNull();
      expect((await store.subscriptionById(discord.id))?.pausedAt).toBeNull();
    });
  });

  describe('opening', () => {
    it('migrates once: a second store on the same database applies nothing and sees the data', async () => {
      await store.subscribe(daily, 1000);
      const version = await store.schemaVersion();
      expect(version).toBeGreaterThan(0);
      const again = await open();
      expect(await again.schemaVersion()).toBe(version);
      expect(await again.subscriptions()).toHaveLength(1);
    });

    it('answers a health check while open, and not once closed', async () => {
      expect(await store.ping()).toBe(true);
      await store.close();
      expect(await store.ping()).toBe(false);
    });
  });
});

describe('both dialects', () => {
  it('end at the same tables and columns, so the queries written once fit both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberviews-dialects-'));
    try {
      const file = openSqliteStoreIn(dir);
      await file.close();
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      const sqliteTables = Object.fromEntries(
        (
          db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
            name: string;
          }[]
        ).map(({ name }) => [
          name,
          (db.prepare(`SELECT name FROM pragma_table_info('${name}')`).all() as { name: string }[])
            .map((column) => column.name)
            .sort(),
        ]),
      );
      db.close();
      const pg = await sharedPglite();
      await resetPglite(pg);
      await (await openPostgresStore(new PgliteClient(pg))).close();
      const { rows } = await pg.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'`,
      );
      const postgresTables: Record<string, string[]> = {};
      for (const row of rows)
        postgresTables[row.table_name] = [...(postgresTables[row.table_name] ?? []), row.column_name];
      for (const columns of Object.values(postgresTables)) columns.sort();
      expect(Object.keys(sqliteTables).sort()).toEqual(Object.keys(postgresTables).sort());
      expect(sqliteTables).toEqual(postgresTables);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Postgres migrations', () => {
  it('record what ran, so running them again applies nothing', async () => {
    const db = await sharedPglite();
    await resetPglite(db);
    const { migratePostgres } = await import('../../src/store/postgres.js');
    const client = new PgliteClient(db);
    expect(await migratePostgres(client)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(await migratePostgres(client)).toEqual([]);
  });
});

afterAll(async () => {
  const db = await sharedPglite();
  await db.close();
});
