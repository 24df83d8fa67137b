// What a server admin can choose (answers only the asker sees), and what users see when the core fails.

import { afterEach, describe, expect, it } from 'vitest';
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
    expect(text(reply)).toContain('Something went wrong');
    expect(text(reply)).not.toContain('secret internals');
    const logged = h.logged.find((entry) => entry.level === 'error');
    expect(logged?.message).toBe('interaction failed');
    expect(String(logged?.context?.error)).toContain('index exploded');
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
