// Scheduled digests with a clock the tests move: one post per slot, nothing lost or repeated across
// restarts (a new Store on the same file), one catch-up after downtime, paused when access is lost.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderScheduledPost as slackPost } from '../../adapters/slack/render/digest.js';
import { createChannelDigests, executeInChannel, type Where } from '../../src/digest/channels.js';
import type { PostPort, PostResult } from '../../src/digest/post.js';
import { readingParts } from '../../src/digest/reading.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import type { ScheduledPost } from '../../src/digest/types.js';
import { createCyberviews } from '../../src/index.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { ManualClock } from './clock.js';

const core = createCyberviews();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Monday 1 January 2024, 08:00 UTC. */
const START = Date.UTC(2024, 0, 1, 8, 0);
const where: Where = { platform: 'slack', channel: 'C0READING', admin: false };

class RecordingPort implements PostPort {
  readonly platform = 'slack' as const;
  readonly posts: { channel: string; post: ScheduledPost; at: number }[] = [];
  answer: PostResult = { ok: true };
  constructor(private readonly clock: ManualClock) {}
  async post(channel: string, post: ScheduledPost): Promise<PostResult> {
    if (this.answer.ok) this.posts.push({ channel, post, at: this.clock.now() });
    return this.answer;
  }
}

interface Process {
  store: Store;
  scheduler: Scheduler;
  say(text: string): ReturnType<typeof executeInChannel>;
  stop(): Promise<void>;
}

let dir: string;
let clock: ManualClock;
let port: RecordingPort;
let running: Process[] = [];

/** One "process": a store opened on the shared file, the channel commands and a started scheduler. */
function boot(): Process {
  const store = openSqliteStoreIn(dir);
  const scheduler = new Scheduler({ store, core, ports: [port], clock, questionLogDays: 30 });
  const digests = createChannelDigests({
    store,
    now: () => clock.now(),
    zone: 'UTC',
    onChange: () => scheduler.wake(),
  });
  scheduler.start();
  const process: Process = {
    store,
    scheduler,
    say: (text) => executeInChannel(core, digests, text, where),
    async stop() {
      await scheduler.stop();
      await store.close();
      running = running.filter((p) => p !== process);
    },
  };
  running.push(process);
  return process;
}

const advance = (ms: number) =>
  clock.advance(ms, () => Promise.all(running.map((p) => p.scheduler.settled())).then(() => {}));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-scheduler-'));
  clock = new ManualClock(START);
  port = new RecordingPort(clock);
});

afterEach(async () => {
  for (const process of [...running]) await process.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a daily subscription', () => {
  it('posts exactly once when its time comes', async () => {
    const bot = boot();
    expect((await bot.say('subscribe daily 09:00')).kind).toBe('subscriptions');
    await advance(59 * 60 * 1000);
    expect(port.posts).toHaveLength(0);
    await advance(60 * 1000);
    expect(port.posts).toHaveLength(1);
    expect(port.posts[0]?.at).toBe(Date.UTC(2024, 0, 1, 9, 0));
    await advance(12 * HOUR);
    expect(port.posts).toHaveLength(1);
  });

  it('reads the article a part per post, remembering where the channel is', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    await advance(3 * DAY);
    expect(port.posts.map((p) => p.post.digest.part?.number)).toEqual([1, 2, 3]);
    const parts = readingParts(core.article);
    expect(port.posts[2]?.post.digest.items[0]?.paragraph).toBe(parts[2]?.first);
  });

  it('loses nothing and repeats nothing across a restart on the same database file', async () => {
    let bot = boot();
    await bot.say('subscribe daily 09:00');
    await advance(2 * HOUR); // 10:00: day 1 posted
    await bot.stop();
    bot = boot(); // the restart finds day 1 done
    await advance(0);
    expect(port.posts).toHaveLength(1);
    await advance(DAY); // 10:00 next day: day 2 posted once
    expect(port.posts.map((p) => p.post.digest.part?.number)).toEqual([1, 2]);
    await bot.stop();
    bot = boot();
    await advance(HOUR);
    expect(port.posts).toHaveLength(2);
  });

  it('posts one catch-up, not one per missed slot, after days of downtime', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    await advance(2 * HOUR);
    expect(port.posts).toHaveLength(1);
    await bot.stop();
    await advance(4 * DAY); // down through four 09:00 slots
    boot();
    await advance(0);
    expect(port.posts).toHaveLength(2);
    expect(port.posts[1]?.post.slot).toBe(Date.UTC(2024, 0, 5, 9, 0));
    expect(port.posts[1]?.post.digest.part?.number).toBe(2);
    await advance(20 * HOUR); // Jan 5 09:00 was the catch-up; the next is Jan 6 09:00
    expect(port.posts).toHaveLength(2);
    await advance(4 * HOUR);
    expect(port.posts).toHaveLength(3);
  });

  it('never posts a slot twice when two processes share the database', async () => {
    const first = boot();
    boot();
    await first.say('subscribe daily 09:00');
    await advance(2 * HOUR);
    expect(port.posts).toHaveLength(1);
  });
});

describe('recaps', () => {
  it('carry the questions asked in the channel since the previous digest, each with its top passage', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    await advance(30 * 60 * 1000);
    await bot.say('what is cyber sovereignty');
    await bot.say('who controls the root servers');
    await bot.say('quantum computing'); // not answered: not logged
    await advance(HOUR);
    const recap = port.posts[0]?.post.recap ?? [];
    expect(recap.map((r) => r.question)).toEqual([
      'who controls the root servers',
      'what is cyber sovereignty',
    ]);
    const answer = core.ask('what is cyber sovereignty', { limit: 1 }).passages[0];
    expect(recap[1]?.passage?.citation).toBe(answer?.citation);
    await bot.say('what is the double standard');
    await advance(DAY);
    expect(port.posts[1]?.post.recap.map((r) => r.question)).toEqual(['what is the double standard']);
  });

  it('say how many answers in the channel were voted helpful since the previous digest', async () => {
    const store = openSqliteStoreIn(dir);
    const { feedback } = store;
    const scheduler = new Scheduler({ store, core, ports: [port], clock, questionLogDays: 30, feedback });
    const digests = createChannelDigests({ store, now: () => clock.now(), zone: 'UTC' });
    try {
      await executeInChannel(core, digests, 'subscribe daily 09:00', where);
      await executeInChannel(core, digests, 'what is cyber sovereignty', where);
      const vote = {
        platform: 'slack' as const,
        workspace: 'T1',
        question: 'what is cyber sovereignty',
        passages: ['p19'],
      };
      await feedback.record({ ...vote, channel: where.channel, helpful: true, votedAt: START + HOUR / 2 });
      await feedback.record({ ...vote, channel: where.channel, helpful: true, votedAt: START + HOUR / 2 });
      await feedback.record({ ...vote, channel: where.channel, helpful: false, votedAt: START + HOUR / 2 });
      await feedback.record({ ...vote, channel: 'C0ELSEWHERE', helpful: true, votedAt: START + HOUR / 2 });
      await clock.advance(HOUR);
      await scheduler.runDue();
      expect(port.posts[0]?.post.votes).toEqual({ helpful: 2, unhelpful: 1 });
      expect(JSON.stringify(slackPost(port.posts[0]?.post as ScheduledPost, 'https://x'))).toContain(
        '👍 2 of 3 votes on answers here since the last digest said the answer helped.',
      );
      // The next digest counts only what came after this one: none, so no line.
      await clock.advance(DAY);
      await scheduler.runDue();
      expect(port.posts[1]?.post.votes).toBeUndefined();
    } finally {
      await scheduler.stop();
      await store.close();
    }
  });

  it('forget questions older than QUESTION_LOG_DAYS', async () => {
    const bot = boot();
    const line = { platform: 'slack', channel: where.channel } as const;
    bot.store.logQuestion({ ...line, question: 'an old question', askedAt: START - 31 * DAY });
    bot.store.logQuestion({ ...line, question: 'a recent question', askedAt: START - DAY });
    await bot.scheduler.runDue();
    expect(
      (await bot.store.questionsBetween('slack', where.channel, 0, START)).map((q) => q.question),
    ).toEqual(['a recent question']);
  });
});

describe('topic subscriptions and failures', () => {
  it('post the topic digest', async () => {
    const bot = boot();
    await bot.say('subscribe weekly 09:00 cyber sovereignty');
    await advance(2 * HOUR);
    expect(port.posts[0]?.post.digest.kind).toBe('topic');
    expect(port.posts[0]?.post.digest.topic).toBe('cyber sovereignty');
    await advance(6 * DAY);
    expect(port.posts).toHaveLength(1);
    await advance(DAY);
    expect(port.posts).toHaveLength(2);
  });

  it('pause with the reason when the bot lost access, and stop trying', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    port.answer = { ok: false, failure: 'no-access', reason: 'not_in_channel' };
    await advance(2 * HOUR);
    const record = await bot.store.subscriptionFor('slack', where.channel);
    expect(record?.pausedReason).toBe('not_in_channel');
    expect(clock.pending).toBe(1);
    port.answer = { ok: true };
    await advance(5 * DAY);
    expect(port.posts).toHaveLength(0);
    const listed = await bot.say('subscriptions');
    expect(listed.kind === 'subscriptions' && listed.subscriptions[0]?.pausedReason).toBe('not_in_channel');
  });

  it('retry a transient failure later, and post once it clears', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    port.answer = { ok: false, failure: 'transient', reason: 'ratelimited' };
    await advance(HOUR + 60 * 1000);
    expect(port.posts).toHaveLength(0);
    port.answer = { ok: true };
    await advance(10 * 60 * 1000);
    expect(port.posts).toHaveLength(1);
    expect((await bot.store.subscriptionFor('slack', where.channel))?.pausedAt).toBeNull();
  });
});

describe('subscription commands', () => {
  it('refuse cron patterns from non-administrators and accept them from administrators', async () => {
    const bot = boot();
    expect((await bot.say('subscribe cron 0 9 * * 1-5')).kind).toBe('error');
    const digests = createChannelDigests({ store: bot.store, now: () => clock.now(), zone: 'UTC' });
    const result = await executeInChannel(core, digests, 'subscribe cron 0 9 * * 1-5 ICANN', {
      ...where,
      admin: true,
    });
    expect(result.kind === 'subscriptions' && result.subscriptions[0]?.schedule).toBe(
      'cron 0 9 * * 1-5 (UTC)',
    );
  });

  it('take a named zone and report the next post in it', async () => {
    const bot = boot();
    const result = await bot.say('subscribe daily 09:00 Europe/Berlin');
    expect(result.kind === 'subscriptions' && result.subscriptions[0]?.next).toBe(
      Date.UTC(2024, 0, 1, 8, 0) + DAY,
    );
  });

  it('unsubscribe stops the posts', async () => {
    const bot = boot();
    await bot.say('subscribe daily 09:00');
    expect((await bot.say('unsubscribe')).kind).toBe('subscriptions');
    await advance(2 * DAY);
    expect(port.posts).toHaveLength(0);
  });
});
