// Slack's Web API failing under the real Bolt app: 5xx, timeouts and 429s are retried by the WebClient
// (Retry-After respected), so the user still gets the answer; a Web API that stays down is logged and
// the app goes on serving.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogLevel } from '../../src/config.js';
import { ackMessage, CHANNEL, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { type FaultyProxy, startFaultyProxy } from './faulty-proxy.js';
import { readable, type SlackRig, startSlack } from './support.js';

let rig: SlackRig | undefined;
let proxy: FaultyProxy | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await rig?.stop();
  await proxy?.close();
  rig = undefined;
  proxy = undefined;
});

/** Quick retries (50–100 ms apart) keep the specs fast; see the hang spec for the timeout. */
const WEB_API = { timeoutMs: 1_000, retries: 3, minRetryMs: 50 };
/** The longest first backoff: minRetryMs, doubled at most by randomisation. */
const MAX_BACKOFF_MS = 2 * WEB_API.minRetryMs;

/** The Slack app with its Web API behind a faulty proxy. */
async function start(retries = WEB_API.retries, level: LogLevel = 'info') {
  const r = await startSlack(
    { webApi: { ...WEB_API, retries } },
    {
      level,
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
    const { r, p } = await start(WEB_API.retries, 'debug');
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
    // From here the WebClient's waits run on a fake clock that moves only when the spec says, and each
    // log line is stamped with that clock: when the client sent each attempt is read off its debug lines.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await mention(r, 'note 24');
    const logged = (pattern: RegExp) => r.memory.entries().filter((e) => pattern.test(String(e.msg)));
    // The client logs that it will wait just before it starts waiting.
    await expect.poll(() => logged(/rate limiting/).length).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000 + MAX_BACKOFF_MS);
    await expect.poll(() => postMessages(p).map((request) => request.status)).toEqual([429, 200]);
    const sentAt = logged(/http request url: .*chat\.postMessage/).map((e) => Number(e.time));
    expect(sentAt).toHaveLength(2);
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  // The WebClient's timeout is a socket timer (axios' request.setTimeout), out of a fake clock's reach: this
  // spec takes WEB_API.timeoutMs of real time, and holds however slow the machine (an attempt that is
  // itself too slow is just retried once more).
  it('gives up on a request that never answers after the timeout, and a retry delivers', async () => {
    const { r, p } = await start();
    p.inject({ path: /chat\.postMessage$/, response: { kind: 'hang' }, times: 1 });
    await mention(r, 'note 24');
    const posted = await r.api.waitFor('chat.postMessage');
    expect(readable(posted.body)).toContain('Note 24');
    const statuses = () => postMessages(p).map((request) => request.status);
    await expect.poll(statuses).toContain(200);
    expect(statuses()[0]).toBe(0);
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
