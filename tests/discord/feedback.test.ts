// 👍 / 👎 on Discord answers through the real discord.js client: a click stores the vote in the real
// SQLite feedback store; a 👎 answers with a modal whose submission adds the reason.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackStore } from '../../src/store/store.js';
import { FAKE_CHANNEL_ID, FAKE_MEMBER_USER } from '../fakes/discord/ids.js';
import { FAKE_GUILD_ID, type InteractionCallback, OptionType } from '../fakes/discord/index.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { type TestSqliteStore, testSqliteStore } from '../support/sqlite-store.js';
import { buttons, type Harness, isEphemeral, startHarness, text } from './harness.js';

const NOW = Date.UTC(2026, 10, 26, 12);
const MODAL = 9;
let db: TestSqliteStore;
let feedback: FeedbackStore;
let h: Harness;
beforeAll(async () => {
  db = testSqliteStore();
  feedback = db.store.feedback;
  h = await startHarness({ feedback, now: () => NOW });
});
afterAll(async () => {
  await h.stop();
  await db.remove();
});
beforeEach(async () => {
  await feedback.prune(Number.MAX_SAFE_INTEGER);
});

const QUESTION = 'what is cyber sovereignty';
const ask = (question: string): Promise<InteractionCallback> =>
  h.discord.command('ask', [{ name: 'question', type: OptionType.String, value: question }]);
const voteId = (answer: InteractionCallback, emoji: '👍' | '👎') => {
  const found = buttons(answer).find((b) => b.emoji?.name === emoji);
  if (found?.custom_id === undefined) throw new Error(`no ${emoji} button`);
  return found.custom_id;
};

describe('vote buttons', () => {
  it('come with every answer, carrying the passages shown (the footer holds the question)', async () => {
    const answer = await ask(QUESTION);
    const shown = h.core.ask(QUESTION).passages.map((p) => p.id);
    expect(voteId(answer, '👍')).toBe(`cv1:v:+:${shown.join(',')}:`);
    expect(voteId(answer, '👎')).toBe(`cv1:v:-:${shown.join(',')}:`);
    expect(messageViolations(answer.data)).toEqual([]);
  });

  it('are not offered without a database for them', async () => {
    const bare = await startHarness();
    try {
      const answer = await bare.discord.command('ask', [
        { name: 'question', type: OptionType.String, value: QUESTION },
      ]);
      expect(buttons(answer).some((b) => b.custom_id?.startsWith('cv1:v:'))).toBe(false);
    } finally {
      await bare.stop();
    }
  });
});

describe('a vote', () => {
  it('👍 stores question, passages, vote, time and server, never who voted, and thanks the voter alone', async () => {
    const answer = await ask(QUESTION);
    const thanks = await h.discord.click(answer, voteId(answer, '👍'));
    expect(isEphemeral(thanks)).toBe(true);
    expect(text(thanks)).toContain('Thanks');
    expect(await feedback.votesSince(0)).toEqual([
      {
        id: expect.any(Number),
        platform: 'discord',
        workspace: FAKE_GUILD_ID,
        channel: FAKE_CHANNEL_ID,
        question: QUESTION,
        passages: h.core.ask(QUESTION).passages.map((p) => p.id),
        helpful: true,
        reason: null,
        votedAt: NOW,
      },
    ]);
    expect(JSON.stringify(db.rows('SELECT * FROM feedback'))).not.toContain(FAKE_MEMBER_USER.id);
  });

  it('👎 answers with a modal asking for an optional line; submitting it stores the reason', async () => {
    const answer = await ask(QUESTION);
    const modal = await h.discord.click(answer, voteId(answer, '👎'));
    expect(modal.type).toBe(MODAL);
    const [stored] = await feedback.votesSince(0);
    expect(stored).toMatchObject({ helpful: false, question: QUESTION, reason: null });
    expect(modal.data.custom_id).toBe(`cv1:r:${stored?.id}`);
    expect(JSON.stringify(modal.data.components)).toContain('"required":false');
    const thanks = await h.discord.submitModal(String(modal.data.custom_id), {
      reason: 'wanted the definition, got a list',
    });
    expect(isEphemeral(thanks)).toBe(true);
    expect((await feedback.votesSince(0))[0]?.reason).toBe('wanted the definition, got a list');
  });

  it('👎 left without a reason keeps the vote', async () => {
    const answer = await ask(QUESTION);
    const modal = await h.discord.click(answer, voteId(answer, '👎'));
    await h.discord.submitModal(String(modal.data.custom_id), { reason: '   ' });
    expect(await feedback.votesSince(0)).toMatchObject([{ helpful: false, reason: null }]);
  });
});
