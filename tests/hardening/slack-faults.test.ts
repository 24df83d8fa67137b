// Slack's Web API failing under the real Bolt app: 5xx, timeouts and 429s are retried by the WebClient
// (Retry-After respected), so the user still gets the answer; a Web API that stays down is logged and
// the app goes on serving.

import { afterEach, describe, expect, it } from 'vitest';
import { ackMessage, CHANNEL, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { type FaultyProxy, startFaultyProxy } from './faulty-proxy.js';
import { readable, type SlackRig, startSlack } from './support.js';

let rig: SlackRig | undefined;
let proxy: FaultyProxy | undefined;
afterEach(async () => {
  await rig?.stop();
  await proxy?.close();
  rig = undefined;
  proxy = undefined;
});

/** The Slack app with its Web API behind a faulty proxy; quick timeouts and retries keep the specs fast. */
async function start(retries = 3) {
  const r = await startSlack(
    { webApi: { timeoutMs: 400, retries, minRetryMs: 50 } },
    {
      apiUrl: async (api) => {
        proxy = await startFaultyProxy(new URL(api.url).origin);
        return `${proxy.origin}/api/`;
      },
    },
  );
  rig = r;
  if (!proxy) throw new Error('no proxy');
  return { r, p: proxy };
}

let ts = 1_700_000_100;
function mention(r: SlackRig, text: string) {
  ts += 1;
  return r.slack.event({
    type: 'app_mention',
    user: USER.id,
    text: `<@${BOT.userId}> ${text}`,
    ts: `${ts}.000100`,
    channel: CHANNEL.id,
  });
}

const postMessages = (p: FaultyProxy) =>
  p.requests.filter((request) => request.path.endsWith('chat.postMessage'));

describe('Slack Web API faults', () => {
  it('retries a 503 from chat.postMessage, and the answer arrives', async () => {
    const { r, p } = await start();
    p.inject({ path: /chat\.postMessage$/, response: { kind: 'status', status: 503 }, times: 1 });
    await mention(r, 'note 24');
    const posted = await r.api.waitFor('chat.postMessage');
    expect(readable(posted.body)).toContain('Note 24');
    await expect.poll(() => postMessages(p).map((request) => request.status)).toEqual([503, 200]);
  });

  it('waits out a 429’s Retry-After before trying again', async () => {
    const { r, p } = await start();
    p.inject({
      path: /chat\.postMessage$/,
      response: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '1' },
        body: '{"ok":false,"error":"ratelimited"}',
      },
      times: 1,
    });
    await mention(r, 'note 24');
    await r.api.waitFor('chat.postMessage');
    await expect.poll(() => postMessages(p).map((request) => request.status)).toEqual([429, 200]);
    const [limited, retried] = postMessages(p);
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('gives up on a request that never answers after the timeout, and the retry delivers', async () => {
    const { r, p } = await start();
    p.inject({ path: /chat\.postMessage$/, response: { kind: 'hang' }, times: 1 });
    await mention(r, 'note 24');
    const posted = await r.api.waitFor('chat.postMessage');
    expect(readable(posted.body)).toContain('Note 24');
    expect(postMessages(p)).toHaveLength(2);
  });

  it('logs a Web API that stays down, and goes on answering slash commands', async () => {
    const { r, p } = await start(1);
    p.inject({ path: /chat\.postMessage$/, response: { kind: 'status', status: 500 } });
    await mention(r, 'note 24');
    await expect
      .poll(() => r.memory.entries().filter((e) => e.level === 50).length, { timeout: 5000 })
      .toBeGreaterThan(0);
    expect(postMessages(p).map((request) => request.status)).toEqual([500, 500]);
    const answered = await r.slack.command({ text: 'note 24', responseUrl: r.responses.url() });
    expect(readable(ackMessage(answered))).toContain('Note 24');
    const outcomes = () =>
      r.memory
        .entries()
        .filter((e) => e.msg === 'command handled')
        .map((e) => e.outcome);
    await expect.poll(outcomes).toEqual(['error', 'ok']);
  });
});
