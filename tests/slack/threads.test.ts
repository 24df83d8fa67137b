// Follow-ups in Slack threads, driven through the real Bolt app with Events API callbacks: once the bot
// has answered in a thread, a person's next message there is answered without a new @mention.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/ratelimit/index.js';
import { THREAD_MEMORY_DAYS } from '../../src/store/threads.js';
import { ackMessage, CHANNEL, TEAM, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { type TestSqliteStore, testSqliteStore } from '../support/sqlite-store.js';
import { type Harness, startHarness } from './harness.js';
import { button, excerpts, type Message, visibleText } from './messages.js';

const DAY = 86_400_000;
let db: TestSqliteStore;
let h: Harness;
let now = Date.UTC(2026, 10, 26, 12);
const stores = () => ({
  threads: db.store.threads,
  feedback: db.store.feedback,
  now: () => now,
});
beforeAll(async () => {
  db = testSqliteStore();
  h = await startHarness(undefined, stores());
});
afterAll(async () => {
  await h.stop();
  await db.remove();
});
beforeEach(() => {
  h.api.calls.clear();
});

let clock = 1_700_100_000;
const nextTs = () => {
  clock += 1;
  return `${clock}.000100`;
};

/** An @mention starting a thread (or inside `thread`); resolves with the bot's answer and the thread. */
async function mention(text: string, thread?: string): Promise<{ thread: string; answer: Message }> {
  const ts = nextTs();
  await h.slack.event({
    type: 'app_mention',
    user: USER.id,
    text: `<@${BOT.userId}> ${text}`,
    ts,
    channel: CHANNEL.id,
    team: TEAM.id,
    ...(thread !== undefined && { thread_ts: thread }),
  });
  const call = await h.api.waitFor('chat.postMessage');
  h.api.calls.clear();
  return { thread: thread ?? ts, answer: call.body };
}

/** A message in a channel thread, as message.channels delivers it. */
function say(text: string, thread: string | undefined, extra: Record<string, unknown> = {}) {
  return h.slack.event({
    type: 'message',
    channel: CHANNEL.id,
    channel_type: 'channel',
    user: USER.id,
    text,
    ts: nextTs(),
    team: TEAM.id,
    ...(thread !== undefined && { thread_ts: thread, parent_user_id: BOT.userId }),
    ...extra,
  });
}

describe('a follow-up in a thread the bot answered in', () => {
  it('is answered in the thread without a new @mention', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    await say('who runs the DNS', thread);
    const reply = await h.api.waitFor('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: CHANNEL.id, thread_ts: thread });
    expect(excerpts(reply.body)).toHaveLength(h.core.ask('who runs the DNS').passages.length);
  });

  it('answers “what page is that on?” from the passage shown last, not by searching for “that”', async () => {
    const { thread, answer } = await mention('what is cyber sovereignty');
    await say('What page is that on?', thread);
    const reply = (await h.api.waitFor('chat.postMessage')).body;
    const top = h.core.ask('what is cyber sovereignty').passages[0];
    expect(visibleText(reply)).toContain(
      `That passage is on pages 3–4 of the article (paragraph ${top?.paragraph}`,
    );
    // The passage itself comes with it: the same excerpt the answer showed first.
    expect(excerpts(reply)[0]).toBe(excerpts(answer)[0]);
  });

  it('answers “who said it?” and “more” from the same thread’s memory', async () => {
    const { thread } = await mention('what did Hua Chunying say about hacking');
    await say('who said it?', thread);
    expect(visibleText((await h.api.waitFor('chat.postMessage')).body)).toContain(
      'quotes Hua Chunying: “taking a double standard',
    );
    h.api.calls.clear();
    const { thread: second } = await mention('what is cyber sovereignty');
    await say('more', second);
    const more = (await h.api.waitFor('chat.postMessage')).body;
    const page2 = h.core.ask('what is cyber sovereignty', { offset: 3, limit: 3 });
    expect(excerpts(more)).toHaveLength(page2.passages.length);
    expect(visibleText(more)).toContain('passages 4–6');
    h.api.calls.clear();
    // After "more", "what page is that on?" is about the top passage of the page shown last.
    await say('what page is that on', second);
    const page = (await h.api.waitFor('chat.postMessage')).body;
    expect(visibleText(page)).toContain(`paragraph ${page2.passages[0]?.paragraph},`);
  });

  it('sends a refusal back to the asker alone, in the thread', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    await say('how do I bake sourdough bread?', thread);
    const call = await h.api.waitFor('chat.postEphemeral');
    expect(call.body).toMatchObject({ channel: CHANNEL.id, user: USER.id, thread_ts: thread });
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('is answered once when it also mentions the bot (app_mention answers it; the message event is skipped)', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    const ts = nextTs();
    const text = `<@${BOT.userId}> what page is that on?`;
    await say(text, thread, { ts });
    await h.slack.event({
      type: 'app_mention',
      user: USER.id,
      text,
      ts,
      channel: CHANNEL.id,
      team: TEAM.id,
      thread_ts: thread,
    });
    const reply = await h.api.waitFor('chat.postMessage');
    expect(visibleText(reply.body)).toContain('That passage is on pages 3–4');
    await say('about', thread);
    await h.api.waitFor('chat.postMessage', (call) => visibleText(call.body).includes('Michael D. Swaine'));
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('messages the bot does not answer', () => {
  it('ignores threads it never answered in, and top-level channel messages', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    await say('what page is that on?', '1690000000.000100');
    await say('what is cyber sovereignty', undefined);
    await say('about', thread);
    await h.api.waitFor('chat.postMessage');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(visibleText(h.api.callsTo('chat.postMessage')[0]?.body ?? {})).toContain('Michael D. Swaine');
    expect(h.api.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('never answers its own messages nor other bots’, so two bots cannot loop', async () => {
    const { thread, answer } = await mention('what is cyber sovereignty');
    // What Slack sends back for the bot's own answer in the thread, and another app's reply there.
    await say(String(answer.text), thread, { bot_id: BOT.botId, user: BOT.userId, app_id: 'A0CYBERVIEWS' });
    await say('more', thread, { user: BOT.userId });
    await say('what page is that on?', thread, {
      subtype: 'bot_message',
      bot_id: 'B0OTHERBOT',
      user: undefined,
    });
    await say('what page is that on?', thread, { bot_id: 'B0OTHERBOT', user: 'U0OTHERBOT' });
    await say('about', thread);
    await h.api.waitFor('chat.postMessage');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(visibleText(h.api.callsTo('chat.postMessage')[0]?.body ?? {})).toContain('Michael D. Swaine');
  });

  it('ignores edits and other subtypes in a known thread', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    await say('what page is that on?', thread, { subtype: 'message_changed' });
    await say('about', thread);
    await h.api.waitFor('chat.postMessage');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('forgets a thread after its expiry', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    now += THREAD_MEMORY_DAYS * DAY + 1;
    try {
      await say('what page is that on?', thread);
      const { thread: fresh } = await mention('who runs the DNS');
      await say('about', fresh);
      await h.api.waitFor('chat.postMessage');
      expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
      expect(visibleText(h.api.callsTo('chat.postMessage')[0]?.body ?? {})).toContain('Michael D. Swaine');
    } finally {
      now -= THREAD_MEMORY_DAYS * DAY + 1;
    }
  });
});

describe('limits', () => {
  it('holds follow-ups to the same per-user limit as commands: a flood gets a private “slow down” in the thread', async () => {
    const limited = await startHarness(undefined, {
      ...stores(),
      rateLimiter: new RateLimiter(
        { perUser: { limit: 2, windowMs: 60_000 }, perChannel: { limit: 0, windowMs: 60_000 } },
        () => now,
      ),
    });
    try {
      const ts = nextTs();
      await limited.slack.event({
        type: 'app_mention',
        user: USER.id,
        text: `<@${BOT.userId}> what is cyber sovereignty`,
        ts,
        channel: CHANNEL.id,
        team: TEAM.id,
      });
      await limited.api.waitFor('chat.postMessage');
      const follow = (text: string) =>
        limited.slack.event({
          type: 'message',
          channel: CHANNEL.id,
          channel_type: 'channel',
          user: USER.id,
          text,
          ts: nextTs(),
          thread_ts: ts,
          team: TEAM.id,
        });
      await follow('what page is that on?');
      await limited.api.waitFor('chat.postMessage', (call) => visibleText(call.body).includes('pages 3–4'));
      await follow('who said it?');
      const refusal = await limited.api.waitFor('chat.postEphemeral');
      expect(refusal.body).toMatchObject({ user: USER.id, thread_ts: ts });
      expect(visibleText(refusal.body)).toMatch(/slow down/i);
    } finally {
      await limited.stop();
    }
  });
});

describe('thread memory', () => {
  it('survives a restart: a new app on the same database answers a follow-up in an old thread', async () => {
    const { thread } = await mention('what is cyber sovereignty');
    const restarted = await startHarness(undefined, stores());
    try {
      await restarted.slack.event({
        type: 'message',
        channel: CHANNEL.id,
        channel_type: 'channel',
        user: USER.id,
        text: 'what page is that on?',
        ts: nextTs(),
        thread_ts: thread,
        team: TEAM.id,
      });
      const reply = await restarted.api.waitFor('chat.postMessage');
      expect(reply.body.thread_ts).toBe(thread);
      expect(visibleText(reply.body)).toContain('That passage is on pages 3–4');
    } finally {
      await restarted.stop();
    }
  });

  it('starts with a Share into the channel: the shared answer’s thread takes follow-ups', async () => {
    const responseUrl = h.responses.url();
    const answer = ackMessage(await h.slack.command({ text: 'what is cyber sovereignty', responseUrl }));
    await h.slack.click({
      ...button(answer, 'Share in channel'),
      responseUrl: h.responses.url(),
      ephemeral: true,
    });
    const shared = await h.api.waitFor('chat.postMessage');
    expect(shared.body.channel).toBe(CHANNEL.id);
    expect(excerpts(shared.body)).toEqual(excerpts(answer));
    const posted = String(shared.response?.ts);
    h.api.calls.clear();
    // The thread is remembered once Slack has answered the post with its ts.
    const key = { platform: 'slack' as const, workspace: TEAM.id, channel: CHANNEL.id, thread: posted };
    await until(async () => (await stores().threads.recall(key, now)) !== undefined);
    await say('what page is that on?', posted);
    const reply = await h.api.waitFor('chat.postMessage');
    expect(reply.body.thread_ts).toBe(posted);
    expect(visibleText(reply.body)).toContain('That passage is on pages 3–4');
  });
});

/**
 * Resolves once `condition` holds (checked every few milliseconds). It waits, never measures: the ten
 * seconds only bound a spec whose condition never comes, and leave room for a loaded machine.
 */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
