// What a server admin can choose (answers only the asker sees), and what users see when the core fails.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cyberviews } from '../../src/index.js';
import { OptionType } from '../fakes/discord/index.js';
import { core, type Harness, isEphemeral, startHarness, text } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const question = [{ name: 'question', type: OptionType.String, value: 'what is cyber sovereignty' }];

describe('ephemeralByDefault', () => {
  it('is off by default: answers are posted in the channel', async () => {
    h = await startHarness();
    expect(isEphemeral(await h.discord.command('ask', question))).toBe(false);
  });

  it('when on, answers, notes, citations and outlines go only to the asker', async () => {
    h = await startHarness({ ephemeralByDefault: true });
    expect(isEphemeral(await h.discord.command('ask', question))).toBe(true);
    expect(
      isEphemeral(await h.discord.command('note', [{ name: 'number', type: OptionType.Integer, value: 24 }])),
    ).toBe(true);
    const cite = [{ name: 'phrase', type: OptionType.String, value: 'lower-hanging fruit' }];
    expect(isEphemeral(await h.discord.command('cite', cite))).toBe(true);
    expect(isEphemeral(await h.discord.command('sections'))).toBe(true);
  });
});

describe('when the core fails', () => {
  it('the user gets a short private apology, and the log gets the error with context', async () => {
    // The real core, with one method broken: as if a bug surfaced in the middle of an answer.
    const broken = new Proxy(core(), {
      get(target, property, receiver) {
        if (property === 'ask') {
          return () => {
            throw new Error('index exploded: secret internals');
          };
        }
        return Reflect.get(target, property, receiver);
      },
    }) as Cyberviews;
    h = await startHarness({}, {}, broken);
    const reply = await h.discord.command('ask', question);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('Sorry, something went wrong');
    expect(text(reply)).not.toContain('secret internals');
    const logged = h.logged.find((entry) => entry.level === 'error');
    expect(logged?.message).toBe('interaction failed');
    expect(String(logged?.context?.error)).toContain('index exploded');
  });
});

describe('the access log', () => {
  it("goes to its own logger when one is given, as Slack's does, and the bot's log keeps the rest", async () => {
    const access: { message: string; context?: Record<string, unknown> }[] = [];
    h = await startHarness({
      accessLog: {
        info: (message, context) => access.push({ message, ...(context ? { context } : {}) }),
        warn: (message, context) => access.push({ message, ...(context ? { context } : {}) }),
      },
    });
    await h.discord.command('ask', question);
    await expect.poll(() => access.length).toBe(1);
    expect(access[0]).toEqual({
      message: 'command handled',
      context: expect.objectContaining({ platform: 'discord', command: 'ask', outcome: 'ok' }),
    });
    expect(h.logged.filter((entry) => entry.message === 'command handled')).toEqual([]);
  });

  it("goes to the bot's logger when none is given", async () => {
    h = await startHarness();
    await h.discord.command('ask', question);
    await expect.poll(() => h?.logged.filter((entry) => entry.message === 'command handled').length).toBe(1);
  });
});

describe('stop', () => {
  it('lets a reply already on its way finish before closing the connection', async () => {
    h = await startHarness({}, { holdCallbacks: true });
    const { client } = h.bot;
    const order: string[] = [];
    client.rest.on('response', (request) => {
      if (request.path.endsWith('/callback')) order.push('reply delivered');
    });
    const destroy = client.destroy.bind(client);
    client.destroy = () => {
      order.push('connection closed');
      return destroy();
    };
    // Resolves as soon as the callback request reaches Discord; its response is held back.
    await h.discord.command('ask', question);
    const stopping = h.bot.stop();
    // Everything stop() can do without the reply happens before the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    h.discord.rest.releaseCallbacks();
    await stopping;
    expect(order).toEqual(['reply delivered', 'connection closed']);
    expect(h.logged.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});

describe('a slow interaction', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * The real core, whose answers take `ms` on a fake clock: only Date is faked (and stands still unless
   * moved), so sockets and timers run as usual and the time measured is exactly `ms` on any machine.
   */
  const taking = (ms: number) =>
    new Proxy(core(), {
      get(target, property, receiver) {
        if (property === 'ask') {
          return (...args: Parameters<Cyberviews['ask']>) => {
            vi.setSystemTime(Date.now() + ms);
            return target.ask(...args);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    }) as Cyberviews;

  const handled = () => h?.logged.filter((entry) => entry.message === 'command handled') ?? [];
  const slow = () => h?.logged.filter((entry) => entry.message === 'slow command') ?? [];

  it('is logged as slow past 1.5 s, with how long it took', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    h = await startHarness({}, {}, taking(1_600));
    await h.discord.command('ask', question);
    await expect.poll(handled).toHaveLength(1);
    expect(slow()).toHaveLength(1);
    expect(slow()[0]?.context?.ms).toBe(1_600);
  });

  it('is logged as slow past 1.5 s for autocomplete too, which is otherwise never logged', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const slowChoices = new Proxy(core(), {
      get(target, property, receiver) {
        if (property === 'run') {
          return (...args: Parameters<Cyberviews['run']>) => {
            vi.setSystemTime(Date.now() + 1_600);
            return target.run(...args);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    }) as Cyberviews;
    h = await startHarness({}, {}, slowChoices);
    await h.discord.autocomplete('ask', 'question', 'cyber sov');
    await expect.poll(slow).toHaveLength(1);
    expect(slow()[0]?.context).toMatchObject({ kind: 'autocomplete', command: 'ask' });
    expect(slow()[0]?.context?.ms).toBeGreaterThan(1_500);
    expect(handled()).toEqual([]);
  });

  it('is not logged as slow within 1.5 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    h = await startHarness({}, {}, taking(1_400));
    await h.discord.command('ask', question);
    await expect.poll(handled).toHaveLength(1);
    expect(slow()).toEqual([]);
  });
});
