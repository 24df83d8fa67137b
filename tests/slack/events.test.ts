// @mentions and DMs, sent as Events API callbacks; replies go through the Web API (the fake records them).

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { type Harness, startHarness } from './harness.js';
import { button, buttons, contexts, excerpts, type Message, visibleText } from './messages.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.api.calls.clear();
});

let clock = 1_700_000_100;
const nextTs = () => {
  clock += 1;
  return `${clock}.000100`;
};

function mention(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return {
    ts,
    send: () =>
      h.slack.event({
        type: 'app_mention',
        user: USER.id,
        text: `<@${BOT.userId}> ${text}`,
        ts,
        channel: CHANNEL.id,
        team: BOT.teamId,
        ...extra,
      }),
  };
}

function dm(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return h.slack.event({
    type: 'message',
    channel: 'D0DIRECT01',
    channel_type: 'im',
    user: USER.id,
    text,
    ts,
    team: BOT.teamId,
    ...extra,
  });
}

describe('@mention in a channel', () => {
  it('answers in the thread of the mention, with the bot mention stripped from the question', async () => {
    const m = mention('what is cyber sovereignty');
    const response = await m.send();
    expect(response.status).toBe(200);
    const call = await h.api.waitFor('chat.postMessage');
    expect(call.body.channel).toBe(CHANNEL.id);
    expect(call.body.thread_ts).toBe(m.ts);
    expect(excerpts(call.body)).toHaveLength(h.core.ask('what is cyber sovereignty').passages.length);
    expect(contexts(call.body)[0]).toContain('what is cyber sovereignty');
    expect(visibleText(call.body)).not.toContain(BOT.userId);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const parent = '1699999999.000500';
    const m = mention('How do Chinese sources define cybersecurity?', { thread_ts: parent });
    await m.send();
    const call = await h.api.waitFor('chat.postMessage');
    expect(call.body.thread_ts).toBe(parent);
  });

  it('does not offer Share in channel: the answer is already public', async () => {
    await mention('what is cyber sovereignty').send();
    const call = await h.api.waitFor('chat.postMessage');
    expect(buttons(call.body).map((b) => b.label)).not.toContain('Share in channel');
    expect(buttons(call.body).map((b) => b.label)).toContain('Show full passage');
  });

  it('tells only the asker, in the thread, when the article has nothing on it', async () => {
    const m = mention('how do I bake sourdough bread?');
    await m.send();
    const call = await h.api.waitFor('chat.postEphemeral');
    expect(call.body.user).toBe(USER.id);
    expect(call.body.thread_ts).toBe(m.ts);
    expect(visibleText(call.body)).toMatch(/does not seem to cover/);
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('shows help, ephemeral, for a bare mention', async () => {
    await mention('').send();
    const call = await h.api.waitFor('chat.postEphemeral');
    // The help's own line on cite: the refusal says "cite" too ("how to cite"), so /cite/ proved nothing.
    expect(visibleText(call.body)).toContain('cite &lt;phrase&gt;');
  });

  it('keeps @here and @channel in the mention from ever coming back', async () => {
    await mention('<!here> <!channel> what is cyber sovereignty').send();
    const call = await h.api.waitFor('chat.postMessage');
    expect(visibleText(call.body)).not.toMatch(/<[!@#]/);
    expect(excerpts(call.body).length).toBeGreaterThan(0);
  });
});

describe('buttons on a public thread answer', () => {
  it('More results and Show full passage answer the clicker alone, in the thread', async () => {
    const parent = '1699999999.000700';
    await mention('How do Chinese sources define cybersecurity?', { thread_ts: parent }).send();
    const answer: Message = (await h.api.waitFor('chat.postMessage')).body;
    const clickOn = async (label: string) => {
      const target = button(answer, label);
      await h.slack.click({
        ...target,
        responseUrl: h.responses.url(),
        ephemeral: false,
        messageTs: '1700009999.000100',
        threadTs: parent,
      });
      const call = await h.api.waitFor('chat.postEphemeral');
      h.api.calls.clear();
      return call;
    };
    const more = await clickOn('More results');
    expect(more.body).toMatchObject({ channel: CHANNEL.id, user: USER.id, thread_ts: parent });
    expect(excerpts(more.body).length).toBeGreaterThan(0);
    const full = await clickOn('Show full passage');
    expect(full.body).toMatchObject({ channel: CHANNEL.id, user: USER.id, thread_ts: parent });
    expect(contexts(full.body).join(' ')).toMatch(/¶\d+/);
  });
});

describe('direct messages', () => {
  it('answers a question sent in a DM, in the DM', async () => {
    await dm('Why is the internet so hard to secure, according to Zhong Sheng?');
    const call = await h.api.waitFor('chat.postMessage');
    expect(call.body.channel).toBe('D0DIRECT01');
    expect(excerpts(call.body).length).toBeGreaterThan(0);
  });

  it('answers in the thread when the DM was in a thread', async () => {
    await dm('note 24', { thread_ts: '1699999999.000900' });
    const call = await h.api.waitFor('chat.postMessage');
    expect(call.body.thread_ts).toBe('1699999999.000900');
    expect(visibleText(call.body)).toContain('Note 24');
  });

  it('ignores edits and the bot’s own messages', async () => {
    await dm('what is cyber sovereignty', { subtype: 'message_changed' });
    await dm('what is cyber sovereignty', { bot_id: BOT.botId, user: BOT.userId });
    await dm('about');
    const call = await h.api.waitFor('chat.postMessage');
    expect(visibleText(call.body)).toContain('Michael D. Swaine');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
