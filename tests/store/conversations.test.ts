// The stores kept beside the main one on its database handle: votes on answers and the threads the bot
// answered in. Both survive reopening the file, and both expire.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shown } from '../../src/answer/followup.js';
import { SqliteFeedbackStore } from '../../src/store/feedback.js';
import { Store } from '../../src/store/store.js';
import { SqliteThreadStore, THREAD_MEMORY_DAYS, type ThreadKey } from '../../src/store/threads.js';

const DAY = 86_400_000;
let dir: string;
let store: Store | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-conv-'));
});
afterEach(() => {
  store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});
const open = () => {
  store?.close();
  store = Store.openIn(dir);
  return store;
};

const vote = {
  platform: 'slack' as const,
  workspace: 'T0CYBER',
  channel: 'C0POLICY1',
  question: 'who runs the DNS',
  passages: ['p30', 'p70'],
  helpful: false,
  votedAt: 1_000,
};

describe('feedback store', () => {
  it('keeps a vote across a restart: question, passages shown, vote, time, workspace; a 👎’s reason', async () => {
    const feedback = new SqliteFeedbackStore(open().database);
    const id = await feedback.record(vote);
    expect(await feedback.addReason(id, 'wrong passage')).toBe(true);
    const reopened = new SqliteFeedbackStore(open().database);
    expect(await reopened.votesSince(0)).toEqual([{ ...vote, id, reason: 'wrong passage' }]);
  });

  it('takes no reason on a 👍, nor for a vote that is gone', async () => {
    const feedback = new SqliteFeedbackStore(open().database);
    const up = await feedback.record({ ...vote, helpful: true });
    expect(await feedback.addReason(up, 'great')).toBe(false);
    expect(await feedback.addReason(up + 100, 'x')).toBe(false);
  });

  it('counts a channel’s votes in a window, and prunes old ones', async () => {
    const feedback = new SqliteFeedbackStore(open().database);
    await feedback.record({ ...vote, helpful: true, votedAt: 10 });
    await feedback.record({ ...vote, helpful: true, votedAt: 20 });
    await feedback.record({ ...vote, votedAt: 30 });
    await feedback.record({ ...vote, channel: 'C0OTHER', votedAt: 30 });
    expect(await feedback.countBetween(vote, 10, 30)).toEqual({ helpful: 1, unhelpful: 1 });
    expect(await feedback.prune(25)).toBe(2);
    expect((await feedback.votesSince(0)).map((v) => v.votedAt)).toEqual([30, 30]);
  });
});

describe('thread store', () => {
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

  it('remembers what was shown last in a thread, across a restart, keyed by workspace, channel and thread', async () => {
    await new SqliteThreadStore(open().database).remember(key, shown, 5_000);
    const threads = new SqliteThreadStore(open().database);
    expect(await threads.recall(key, 6_000)).toEqual({ shown, answeredAt: 5_000 });
    expect(await threads.recall({ ...key, workspace: 'T0OTHER' }, 6_000)).toBeUndefined();
    expect(await threads.recall({ ...key, thread: '1700000000.000200' }, 6_000)).toBeUndefined();
    const later = { ...shown, offset: 3, passages: ['p70'], next: null };
    await threads.remember(key, later, 7_000);
    expect((await threads.recall(key, 8_000))?.shown).toEqual(later);
  });

  it('forgets a thread after the expiry, and prunes it', async () => {
    const threads = new SqliteThreadStore(open().database);
    await threads.remember(key, shown, 0);
    expect(await threads.recall(key, THREAD_MEMORY_DAYS * DAY)).toBeDefined();
    expect(await threads.recall(key, THREAD_MEMORY_DAYS * DAY + 1)).toBeUndefined();
    expect(await threads.prune(1)).toBe(1);
  });
});
