// 👍 / 👎 on Slack answers, clicked as Slack sends block_actions; a 👎 opens a modal whose submission
// adds the reason. Votes land in the real SQLite feedback store: never who voted.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackStore } from '../../src/store/store.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { ackMessage, CHANNEL, TEAM, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { type TestSqliteStore, testSqliteStore } from '../support/sqlite-store.js';
import { type Harness, startHarness } from './harness.js';
import { button, buttons, type Message, visibleText } from './messages.js';

const NOW = Date.UTC(2026, 10, 26, 12);
let db: TestSqliteStore;
let feedback: FeedbackStore;
let h: Harness;
beforeAll(async () => {
  db = testSqliteStore();
  feedback = db.store.feedback;
  h = await startHarness(undefined, { feedback, now: () => NOW });
});
afterAll(async () => {
  await h.stop();
  await db.remove();
});
beforeEach(async () => {
  h.api.calls.clear();
  await feedback.prune(Number.MAX_SAFE_INTEGER);
});

const QUESTION = 'who runs the DNS';

async function slash(text: string): Promise<Message> {
  return ackMessage(await h.slack.command({ text, responseUrl: h.responses.url() }));
}

async function vote(message: Message, label: '👍' | '👎'): Promise<string> {
  const responseUrl = h.responses.url();
  await h.slack.click({ ...button(message, label), responseUrl, ephemeral: true });
  return responseUrl;
}

describe('vote buttons', () => {
  it('come with every answer: the slash command’s, a mention’s, a DM’s', async () => {
    expect(buttons(await slash(QUESTION)).map((b) => b.label)).toEqual(expect.arrayContaining(['👍', '👎']));
    await h.slack.event({
      type: 'app_mention',
      user: USER.id,
      text: `<@${BOT.userId}> ${QUESTION}`,
      ts: '1700200000.000100',
      channel: CHANNEL.id,
      team: TEAM.id,
    });
    const mention = await h.api.waitFor('chat.postMessage');
    expect(buttons(mention.body).map((b) => b.label)).toEqual(expect.arrayContaining(['👍', '👎']));
  });

  it('keep the answer inside Slack’s limits, with every other button still there', async () => {
    const answer = await slash('what is cyber sovereignty');
    expect(limitViolations(answer)).toEqual([]);
    expect(buttons(answer).map((b) => b.label)).toEqual(
      expect.arrayContaining(['Share in channel', 'More results', 'Show full passage', '👍', '👎']),
    );
  });

  it('are not offered on refusals, nor when the bot has no database for them', async () => {
    expect(buttons(await slash('how do I bake sourdough bread?')).map((b) => b.label)).not.toContain('👍');
    const bare = await startHarness();
    try {
      const answer = ackMessage(
        await bare.slack.command({ text: QUESTION, responseUrl: bare.responses.url() }),
      );
      expect(buttons(answer).map((b) => b.label)).not.toContain('👍');
    } finally {
      await bare.stop();
    }
  });
});

describe('a vote', () => {
  it('👍 stores the question, the passages shown, the vote, the time and the workspace, and thanks the voter alone', async () => {
    const answer = await slash(QUESTION);
    const reply = await h.responses.first(await vote(answer, '👍'));
    expect(reply.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toContain('Thanks');
    const shown = h.core.ask(QUESTION).passages.map((p) => p.id);
    const stored = await feedback.votesSince(0);
    expect(stored).toEqual([
      {
        id: expect.any(Number),
        platform: 'slack',
        workspace: TEAM.id,
        channel: CHANNEL.id,
        question: QUESTION,
        passages: shown,
        helpful: true,
        reason: null,
        votedAt: NOW,
      },
    ]);
    // Never who voted: no column or value holds the user's id.
    expect(JSON.stringify(db.rows('SELECT * FROM feedback'))).not.toContain(USER.id);
  });

  it('👎 opens a modal with the click’s trigger_id; its optional line is stored as the reason', async () => {
    const answer = await slash(QUESTION);
    await vote(answer, '👎');
    const open = await h.api.waitFor('views.open');
    expect(open.body.trigger_id).toMatch(/\.trigger$/);
    const view = open.body.view as Record<string, unknown>;
    expect(view.type).toBe('modal');
    expect(JSON.stringify(view.blocks)).toContain('"optional":true');
    const [stored] = await feedback.votesSince(0);
    expect(stored).toMatchObject({ helpful: false, question: QUESTION, reason: null });
    const response = await h.slack.viewSubmission(view, {
      reason: { reason: '  it cited the wrong\npassage ' },
    });
    expect(response.status).toBe(200);
    expect((await feedback.votesSince(0))[0]?.reason).toBe('it cited the wrong passage');
  });

  it('👎 with the modal closed or left empty keeps the vote without a reason', async () => {
    await vote(await slash(QUESTION), '👎');
    const view = (await h.api.waitFor('views.open')).body.view as Record<string, unknown>;
    await h.slack.viewSubmission(view, { reason: { reason: '' } });
    expect(await feedback.votesSince(0)).toMatchObject([{ helpful: false, reason: null }]);
  });

  it('on a More results page records the passages that page showed', async () => {
    const first = await slash('what is cyber sovereignty');
    const responseUrl = h.responses.url();
    await h.slack.click({ ...button(first, 'More results'), responseUrl, ephemeral: true });
    const page = await h.responses.first(responseUrl);
    await h.responses.first(await vote(page, '👍'));
    const expected = h.core
      .ask('what is cyber sovereignty', { offset: 3, limit: 3 })
      .passages.map((p) => p.id);
    expect((await feedback.votesSince(0))[0]?.passages).toEqual(expected);
  });
});
