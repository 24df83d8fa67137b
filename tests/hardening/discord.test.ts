// The Discord bot under floods and REST faults, through the real discord.js client on the loopback
// Discord: floods get an ephemeral "slow down", others are served, each command is one info line, and
// 5xx, timeouts and 429s on the interaction callback are retried by discord.js until the reply lands.

import type { RESTOptions } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDiscordBot,
  type DiscordBot,
  type DiscordSettings,
  REST_DEFAULTS,
} from '../../adapters/discord/index.js';
import { discordLogger } from '../../adapters/log.js';
import { RateLimiter } from '../../src/ratelimit/index.js';
import { FAKE_MEMBER_USER, snowflakes } from '../fakes/discord/ids.js';
import type { RecordedRequest } from '../fakes/discord/index.js';
import { FAKE_APPLICATION, type FakeDiscord, OptionType, startFakeDiscord } from '../fakes/discord/index.js';
import { slashCommand } from '../fakes/discord/interactions.js';
import { type FaultyProxy, startFaultyProxy } from './faulty-proxy.js';
import { core, type MemoryLog, memoryLog } from './support.js';

interface Rig {
  discord: FakeDiscord;
  bot: DiscordBot;
  memory: MemoryLog;
  proxy?: FaultyProxy;
}

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.bot.stop();
  await rig?.discord.close();
  await rig?.proxy?.close();
  rig = undefined;
});

async function start(settings: Partial<DiscordSettings> = {}, withProxy = false): Promise<Rig> {
  const discord = await startFakeDiscord({ callbackTimeout: 8_000 });
  const proxy = withProxy ? await startFaultyProxy(discord.rest.url) : undefined;
  const memory = memoryLog('info', [discord.token]);
  const bot = createDiscordBot(core(), {
    token: discord.token,
    applicationId: FAKE_APPLICATION.id,
    apiUrl: proxy ? `${proxy.origin}/api` : discord.apiUrl,
    logger: discordLogger(memory.log),
    ...settings,
  });
  await bot.start();
  rig = { discord, bot, memory, ...(proxy && { proxy }) };
  return rig;
}

const note24 = [{ name: 'number', type: OptionType.Integer, value: 24 }];
const limiter = (perUser: number) =>
  new RateLimiter(
    { perUser: { limit: perUser, windowMs: 60_000 }, perChannel: { limit: 100, windowMs: 60_000 } },
    () => Date.now(),
  );

/** `/cyberviews note 24` from another member of the same server channel. */
function fromOtherUser(r: Rig): Promise<unknown> {
  const payload = slashCommand(snowflakes(1_300_000_000_000_000_000n), 'note', note24);
  const member = payload.member as { user: Record<string, unknown> };
  payload.member = {
    ...member,
    user: { ...FAKE_MEMBER_USER, id: '1100000000000000099', username: 'patient' },
  };
  return new Promise((resolve) => {
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    const onRequest = (request: RecordedRequest) => {
      if (request.method !== 'POST' || request.path !== path) return;
      r.discord.rest.events.off('request', onRequest);
      resolve(request.body);
    };
    r.discord.rest.events.on('request', onRequest);
    r.discord.gateway.dispatch('INTERACTION_CREATE', payload);
  });
}

const description = (callback: unknown) =>
  String(
    (callback as { data?: { embeds?: { description?: string }[] } }).data?.embeds?.[0]?.description ?? '',
  );
/** All the text of a reply's embeds. */
const shown = (callback: unknown) =>
  JSON.stringify((callback as { data?: { embeds?: unknown } }).data?.embeds ?? []);

describe('Discord rate limits', () => {
  it('answers a flooding user’s first commands, then replies "slow down" to them alone', async () => {
    const r = await start({ rateLimiter: limiter(2) });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await r.discord.command('note', note24));
    expect(shown(replies[1])).toContain('Note 24');
    for (const reply of replies.slice(2)) {
      expect(description(reply)).toMatch(
        /^You are sending commands faster than I can read them\. Please slow down/,
      );
      expect((reply.data.flags ?? 0) & 64).toBe(64);
    }
  });

  it('leaves another member of the channel unaffected', async () => {
    const r = await start({ rateLimiter: limiter(1) });
    for (let i = 0; i < 3; i++) await r.discord.command('note', note24);
    expect(shown(await fromOtherUser(r))).toContain('Note 24');
  });

  it('never limits autocomplete, which fires at every keystroke', async () => {
    const r = await start({ rateLimiter: limiter(1) });
    for (let i = 0; i < 5; i++) {
      const choices = await r.discord.autocomplete('ask', 'question', 'cyber sov');
      expect(choices.data.choices?.length).toBeGreaterThan(0);
    }
  });

  it('logs one info line per command with subcommand, outcome and latency, never the question', async () => {
    const r = await start({ rateLimiter: limiter(1) });
    await r.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: 'what does quokka-zanzibar mean' },
    ]);
    await r.discord.command('note', note24);
    await expect
      .poll(() => r.memory.entries().filter((e) => /^command (handled|refused)$/.test(String(e.msg))))
      .toMatchObject([
        { level: 30, source: 'discord', platform: 'discord', kind: 'command', command: 'ask', outcome: 'ok' },
        { msg: 'command refused', platform: 'discord', kind: 'command', command: 'note', limited: 'user' },
      ]);
    expect(r.memory.lines.join('')).not.toContain('zanzibar');
    expect(r.memory.lines.join('')).not.toContain(r.discord.token);
  });
});

describe('Discord REST faults', () => {
  const callbacks = (p: FaultyProxy) => p.requests.filter((request) => /\/callback(\?|$)/.test(request.path));

  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * From here the REST client's waits (Retry-After, the per-request timeout) run on a fake clock that
   * moves only when the spec says; returns the fake time at which each interaction callback was sent.
   */
  function fakeClock(r: Rig): number[] {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const sent: number[] = [];
    const options = r.bot.client.rest.options as { makeRequest: RESTOptions['makeRequest'] };
    const send = options.makeRequest;
    options.makeRequest = (url, init) => {
      if (/\/callback(\?|$)/.test(url)) sent.push(performance.now());
      return send(url, init);
    };
    return sent;
  }

  it('retries an interaction callback that got a 502, and the reply lands', async () => {
    const r = await start({}, true);
    r.proxy?.inject({ path: /\/callback$/, response: { kind: 'status', status: 502 }, times: 1 });
    expect(shown(await r.discord.command('note', note24))).toContain('Note 24');
    if (!r.proxy) throw new Error('no proxy');
    await expect.poll(() => callbacks(r.proxy as FaultyProxy).map((c) => c.status)).toEqual([502, 204]);
  });

  it('waits out a 429’s Retry-After before sending the reply again', async () => {
    const r = await start({}, true);
    r.proxy?.inject({
      path: /\/callback$/,
      response: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '1' },
        body: JSON.stringify({ message: 'You are being rate limited.', retry_after: 1, global: false }),
      },
      times: 1,
    });
    const sent = fakeClock(r);
    const limited = new Promise<void>((resolve) =>
      r.bot.client.rest.on('response', (_request, response) => {
        if (response.status === 429) resolve();
      }),
    );
    const reply = r.discord.command('note', note24);
    await limited;
    // Let the client act on the 429 (it starts its wait in the same burst of microtasks).
    await new Promise((resolve) => setImmediate(resolve));
    // discord.js adds a safety margin (its `offset` option, 50 ms) to every Retry-After.
    await vi.advanceTimersByTimeAsync(1_000 + 50);
    expect(shown(await reply)).toContain('Note 24');
    await expect.poll(() => callbacks(r.proxy as FaultyProxy).map((c) => c.status)).toEqual([429, 204]);
    expect(sent).toHaveLength(2);
    expect((sent[1] ?? 0) - (sent[0] ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('times out a callback that hangs and retries it', async () => {
    const r = await start({}, true);
    r.proxy?.inject({ path: /\/callback$/, response: { kind: 'hang' }, times: 1 });
    const sent = fakeClock(r);
    const reply = r.discord.command('note', note24);
    await expect.poll(() => callbacks(r.proxy as FaultyProxy)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(REST_DEFAULTS.timeoutMs);
    expect(shown(await reply)).toContain('Note 24');
    await expect.poll(() => callbacks(r.proxy as FaultyProxy).map((c) => c.status)).toEqual([0, 204]);
    expect((sent[1] ?? 0) - (sent[0] ?? 0)).toBe(REST_DEFAULTS.timeoutMs);
  });

  it('logs a REST that stays down and goes on serving once it is back', async () => {
    const r = await start({ rest: { retries: 1 } }, true);
    r.proxy?.inject({ path: /\/callback$/, response: { kind: 'status', status: 500 }, times: 2 });
    r.discord.command('note', note24).catch(() => undefined);
    await expect
      .poll(() => r.memory.entries().filter((e) => e.msg === 'interaction failed').length, { timeout: 5000 })
      .toBeGreaterThan(0);
    expect(shown(await r.discord.command('note', note24))).toContain('Note 24');
  });
});
