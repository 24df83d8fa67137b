// Several instances on one real Postgres (TEST_DATABASE_URL, or a local server; `.ci/run` starts one):
// each with its own connection pool, scheduler, fake poster and clock, racing for the same slots. A slot
// is posted exactly once however they race, stop, crash or restart. Without a server these tests are
// skipped, saying so; under CI=true they fail instead.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChannelDigests, executeInChannel, type Where } from '../../src/digest/channels.js';
import type { PostAttempt, PostPort, PostResult } from '../../src/digest/post.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import { DEFAULT_LEASE_MS } from '../../src/digest/slots.js';
import type { ScheduledPost } from '../../src/digest/types.js';
import { createCyberviews } from '../../src/index.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { findPostgres, mustHavePostgres, type TestSchema, testSchema } from '../support/postgres.js';
import { ManualClock } from './clock.js';

const core = createCyberviews();
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 1 January 2024, 08:59 UTC: the daily 09:00 slot is due in the next minute. */
const START = Date.UTC(2024, 0, 1, 8, 59);
const where: Where = { platform: 'slack', channel: 'C0MULTI01', admin: false, workspace: 'T0MULTI' };

const server = await findPostgres();
if (server.url === undefined && !mustHavePostgres())
  console.warn(`multi-instance tests skipped: ${server.why}. Set TEST_DATABASE_URL to run them.`);

interface Post {
  instance: string;
  slot: number;
  attempt: PostAttempt | undefined;
}

/** Every post any instance made, in order. */
let posts: Post[];

class RecordingPort implements PostPort {
  readonly platform = 'slack' as const;
  /** Set to hold posts until released (a slow platform). */
  hold: Promise<void> | undefined;
  constructor(private readonly instance: string) {}
  async post(_channel: string, post: ScheduledPost, attempt?: PostAttempt): Promise<PostResult> {
    await this.hold;
    posts.push({ instance: this.instance, slot: post.slot, attempt });
    return { ok: true };
  }
}

interface Instance {
  name: string;
  store: Store;
  clock: ManualClock;
  port: RecordingPort;
  scheduler: Scheduler;
  stop(): Promise<void>;
}

let schema: TestSchema;
let instances: Instance[];

/**
 * One instance: its own pool on the shared database, scheduler, poster and clock (set to `now`).
 * `maxSleepMs`: how often it re-reads the subscriptions (`npm start` on Postgres: every minute).
 */
async function boot(name: string, now: number, maxSleepMs?: number): Promise<Instance> {
  const store = await openPostgresStore(schema.client());
  const clock = new ManualClock(now);
  const port = new RecordingPort(name);
  const scheduler = new Scheduler({
    store,
    core,
    ports: [port],
    clock,
    questionLogDays: 30,
    instanceId: name,
    ...(maxSleepMs !== undefined && { maxSleepMs }),
  });
  scheduler.start();
  await scheduler.settled();
  const instance: Instance = {
    name,
    store,
    clock,
    port,
    scheduler,
    async stop() {
      await scheduler.stop();
      await store.close();
      instances = instances.filter((each) => each !== instance);
    },
  };
  instances.push(instance);
  return instance;
}

/**
 * Moves every running instance's clock forward in step, from one timer to the next: timers due at the
 * same moment fire on all instances at once, their runs racing on the database, and no clock runs ahead
 * of the others (which would look like a post taking minutes).
 */
async function advance(ms: number): Promise<void> {
  const target = Math.max(...instances.map((each) => each.clock.now())) + ms;
  for (;;) {
    const due = instances
      .map((each) => each.clock.nextAt)
      .filter((at): at is number => at !== undefined && at <= target);
    const step = due.length > 0 ? Math.min(...due) : target;
    await Promise.all(
      instances.map((each) => each.clock.advance(step - each.clock.now(), () => each.scheduler.settled())),
    );
    if (step >= target) return;
  }
}

/** Polls `condition` (real time: another connection's work) for up to five seconds. */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 5 s');
}

/** `/cyberviews subscribe daily 09:00`, said (to some instance) just before the instances start. */
async function subscribe(): Promise<void> {
  const store = await openPostgresStore(schema.client(1));
  const digests = createChannelDigests({ store, now: () => START, zone: 'UTC' });
  const result = await executeInChannel(core, digests, 'subscribe daily 09:00', where);
  expect(result.kind).toBe('subscriptions');
  await store.close();
}

if (server.url === undefined && mustHavePostgres()) {
  describe('several instances on one Postgres', () => {
    it('have a Postgres server to run on (CI=true)', () => {
      throw new Error(
        `${server.why}. Under CI=true these tests must run: .ci/run starts Postgres and sets TEST_DATABASE_URL.`,
      );
    });
  });
}

describe.skipIf(server.url === undefined)('several instances on one Postgres', () => {
  beforeEach(async () => {
    schema = await testSchema(server.url as string);
    instances = [];
    posts = [];
  });
  afterEach(async () => {
    for (const each of [...instances]) await each.stop();
    await schema.drop();
  });

  it('post a subscription due in the next minute exactly once', async () => {
    await subscribe();
    await boot('a', START);
    await boot('b', START);
    await advance(2 * MINUTE);
    expect(posts.map((post) => post.slot)).toEqual([Date.UTC(2024, 0, 1, 9, 0)]);
    await advance(DAY);
    expect(posts.map((post) => post.slot)).toEqual([Date.UTC(2024, 0, 1, 9, 0), Date.UTC(2024, 0, 2, 9, 0)]);
  });

  it('when one stops before the slot, the other posts it, once', async () => {
    await subscribe();
    const a = await boot('a', START);
    const b = await boot('b', START);
    await a.stop();
    await advance(2 * MINUTE);
    expect(posts).toEqual([expect.objectContaining({ instance: b.name, slot: Date.UTC(2024, 0, 1, 9, 0) })]);
  });

  it('when the one that took the subscribe stops before the slot, another posts it on time, once', async () => {
    const a = await boot('a', START, MINUTE);
    const b = await boot('b', START, MINUTE);
    const digests = createChannelDigests({
      store: a.store,
      now: () => a.clock.now(),
      zone: 'UTC',
      onChange: () => a.scheduler.wake(),
    });
    expect((await executeInChannel(core, digests, 'subscribe daily 09:00', where)).kind).toBe(
      'subscriptions',
    );
    await a.scheduler.settled();
    await a.stop();
    await advance(2 * MINUTE);
    expect(posts).toEqual([expect.objectContaining({ instance: b.name, slot: Date.UTC(2024, 0, 1, 9, 0) })]);
    expect((await b.store.subscriptions())[0]).toMatchObject({
      workspace: 'T0MULTI',
      lastPostedAt: Date.UTC(2024, 0, 1, 9, 0),
    });
  });

  it('when one dies holding the slot, the other posts it once its lease expires', async () => {
    await subscribe();
    const a = await boot('a', START);
    await boot('b', START);
    // Instance a claims the 09:00 slot and hangs in its post; then it is frozen for good (its clock never
    // moves again, so its lease is never renewed), as a process that died mid-post.
    a.port.hold = new Promise(() => {});
    await a.clock.advance(MINUTE);
    await waitFor(async () => (await a.store.subscriptions())[0]?.pending !== null);
    instances = instances.filter((each) => each !== a);
    await advance(MINUTE); // b at 09:00: a's lease still holds
    expect(posts).toEqual([]);
    await advance(DEFAULT_LEASE_MS);
    expect(posts).toEqual([
      {
        instance: 'b',
        slot: Date.UTC(2024, 0, 1, 9, 0),
        // The subscription's workspace travels with the post: in Slack OAuth mode its token posts.
        attempt: { key: expect.any(String), attempt: 2, workspace: 'T0MULTI' },
      },
    ]);
    await a.store.close();
  });

  it('restarted, both post nothing twice, and go on with the next slot', async () => {
    await subscribe();
    await boot('a', START);
    await boot('b', START);
    await advance(HOUR);
    expect(posts).toHaveLength(1);
    for (const each of [...instances]) await each.stop();
    const now = START + HOUR;
    await boot('a2', now);
    await boot('b2', now);
    await advance(12 * HOUR);
    expect(posts).toHaveLength(1);
    await advance(12 * HOUR);
    expect(posts.map((post) => post.slot)).toEqual([Date.UTC(2024, 0, 1, 9, 0), Date.UTC(2024, 0, 2, 9, 0)]);
  });

  it('of many concurrent claims of one slot, from many connections, exactly one wins', async () => {
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(schema.client(4))));
    const [first] = stores;
    if (!first) throw new Error('no store');
    const { id } = await first.subscribe(
      {
        ...where,
        cadence: 'daily',
        time: '09:00',
        weekday: null,
        cron: '0 9 * * *',
        zone: 'UTC',
        topic: null,
      },
      START,
    );
    const slotAt = Date.UTC(2024, 0, 1, 9, 0);
    const claims = stores.flatMap((store, i) =>
      Array.from({ length: 8 }, (_, j) =>
        store.claimSlot({
          subscriptionId: id,
          slotAt,
          owner: `${i}.${j}`,
          now: slotAt,
          leaseUntil: slotAt + MINUTE,
        }),
      ),
    );
    const won = (await Promise.all(claims)).filter((claim) => claim !== undefined);
    expect(won).toHaveLength(1);
    for (const store of stores) await store.close();
  });

  it('migrate once when they start at the same moment', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(schema.client(2))));
    const versions = await Promise.all(stores.map((store) => store.schemaVersion()));
    expect(new Set(versions).size).toBe(1);
    const reader = schema.client(1);
    const { rows } = await reader.query('SELECT version FROM schema_migrations');
    expect(rows).toHaveLength(versions[0] ?? 0);
    for (const store of stores) await store.close();
  });
});
