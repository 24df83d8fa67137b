// Logging in: the real discord.js client against the loopback gateway, in plain JSON, heartbeating.

import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../adapters/discord/index.js';
import { FAKE_APPLICATION, type FakeDiscord, startFakeDiscord } from '../fakes/discord/index.js';
import { core, type Harness, startHarness } from './harness.js';

const Op = { Heartbeat: 1, Identify: 2 };
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

let h: Harness | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await h?.stop();
  await fake?.close();
  h = undefined;
  fake = undefined;
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('gateway session', () => {
  it('connects with gateway v10, JSON encoding and no compression', async () => {
    h = await startHarness();
    const [query] = h.discord.gateway.connections;
    expect(query?.get('v')).toBe('10');
    expect(query?.get('encoding')).toBe('json');
    expect(query?.has('compress')).toBe(false);
  });

  it('identifies with the bot token, Guilds and GuildMessages (for replies), and no privileged intent', async () => {
    h = await startHarness();
    const identify = h.discord.gateway.received.find((payload) => payload.op === Op.Identify);
    const Intents = {
      Guilds: 1 << 0,
      GuildMembers: 1 << 1,
      GuildPresences: 1 << 8,
      GuildMessages: 1 << 9,
      MessageContent: 1 << 15,
    };
    expect(identify?.d).toMatchObject({
      token: h.discord.token,
      intents: Intents.Guilds | Intents.GuildMessages,
    });
    const intents = h.discord.gateway.intents() ?? -1;
    expect(intents & (Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent)).toBe(0);
    expect((identify?.d as { compress?: boolean } | undefined)?.compress ?? false).toBe(false);
  });

  it('heartbeats at the interval HELLO asked for and keeps the session on ACKs', async () => {
    h = await startHarness({}, { heartbeatInterval: 100 });
    await until(() => (h?.discord.gateway.received.filter((p) => p.op === Op.Heartbeat).length ?? 0) >= 3);
    expect(h.discord.gateway.connections).toHaveLength(1);
  });

  it('fetches the gateway from the REST base it was given (rest.api + /v10)', async () => {
    h = await startHarness();
    expect(h.discord.requestsTo(/^\/gateway\/bot$/)).toHaveLength(1);
  });

  it('refuses to start with a token Discord rejects, and closes cleanly', async () => {
    fake = await startFakeDiscord();
    const bot = createDiscordBot(core(), {
      token: 'not-the-token',
      applicationId: FAKE_APPLICATION.id,
      apiUrl: fake.apiUrl,
      logger: silent,
    });
    await expect(bot.start()).rejects.toThrow(/token/i);
    await bot.stop();
  });
});
