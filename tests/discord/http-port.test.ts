// One port for every HTTP route: with Slack in HTTP mode, Discord's interactions endpoint and /healthz ride
// on Bolt's receiver beside /slack/events; digests in HTTP mode go out through REST with the bot token.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInteractionsEndpoint,
  discordPoster,
  INTERACTIONS_PATH,
} from '../../adapters/discord/index.js';
import { healthRoute } from '../../adapters/http/health.js';
import { startHttpServer } from '../../adapters/http/server.js';
import { createChannelDigests } from '../../src/digest/channels.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import { ManualClock } from '../digest/clock.js';
import { FAKE_CHANNEL_ID, snowflakes } from '../fakes/discord/ids.js';
import { FAKE_TOKEN, OptionType, startFakeDiscord } from '../fakes/discord/index.js';
import { slashCommand } from '../fakes/discord/interactions.js';
import { appKeys, postSigned } from '../fakes/discord/signed.js';
import { ackMessage } from '../fakes/slack/slack.js';
import { type Harness, startHarness } from '../slack/harness.js';
import { CITED } from '../support/cited.js';
import { core } from './harness.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const ids = snowflakes(1_400_000_000_000_000_000n);

describe('Slack and Discord on one port', () => {
  const keys = appKeys();
  let healthy = true;
  let slack: Harness;
  let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
  let endpoint: ReturnType<typeof createInteractionsEndpoint>;
  let origin: string;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    endpoint = createInteractionsEndpoint(core(), {
      token: discord.token,
      apiUrl: discord.apiUrl,
      publicKey: keys.publicKeyHex,
      logger: quiet,
    });
    slack = await startHarness(undefined, {
      customRoutes: [endpoint.route, healthRoute(async () => healthy)],
    });
    origin = new URL(slack.slack.requestUrl).origin;
  });
  afterAll(async () => {
    await slack?.stop();
    await endpoint?.stop();
    await discord?.close();
  });

  it('answers a Slack command at /slack/events', async () => {
    const response = await slack.slack.command({
      text: 'what is cyber sovereignty',
      responseUrl: slack.responses.url(),
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(ackMessage(response))).toMatch(CITED);
  });

  it('answers a signed Discord interaction at /discord/interactions on the same port', async () => {
    const payload = slashCommand(ids, 'ask', [
      { name: 'question', type: OptionType.String, value: 'what is cyber sovereignty' },
    ]);
    const response = await postSigned(`${origin}${INTERACTIONS_PATH}`, keys, payload);
    expect(response.status).toBe(200);
    expect(response.body.type).toBe(4);
    expect(JSON.stringify(response.body.data?.embeds)).toMatch(CITED);
  });

  it('refuses an unsigned Discord interaction there with 401', async () => {
    const response = await fetch(`${origin}${INTERACTIONS_PATH}`, { method: 'POST', body: '{"type":1}' });
    expect(response.status).toBe(401);
  });

  it('serves /healthz there, following the probe', async () => {
    healthy = true;
    const up = await fetch(`${origin}/healthz`);
    expect([up.status, await up.json()]).toEqual([200, { ok: true }]);
    healthy = false;
    const down = await fetch(`${origin}/healthz`);
    expect([down.status, await down.json()]).toEqual([503, { ok: false }]);
  });
});

describe('scheduled digests in HTTP mode', () => {
  it('a subscription made over HTTP posts through REST with the bot token, with no gateway connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberviews-http-digest-'));
    const store = openSqliteStoreIn(dir);
    const today = new Date();
    const clock = new ManualClock(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 8, 0),
    );
    const discord = await startFakeDiscord();
    let scheduler: Scheduler | undefined;
    const digests = createChannelDigests({
      store,
      now: () => clock.now(),
      zone: 'UTC',
      onChange: () => scheduler?.wake(),
    });
    const keys = appKeys();
    const endpoint = createInteractionsEndpoint(core(), {
      token: discord.token,
      apiUrl: discord.apiUrl,
      publicKey: keys.publicKeyHex,
      logger: quiet,
      digests,
    });
    const server = await startHttpServer([endpoint.route], 0, '127.0.0.1');
    scheduler = new Scheduler({
      store,
      core: core(),
      ports: [discordPoster(endpoint.client, core().about.meta.url)],
      clock,
      questionLogDays: 30,
    });
    scheduler.start();
    try {
      const payload = slashCommand(ids, 'subscribe', [
        { name: 'cadence', type: OptionType.String, value: 'daily' },
        { name: 'time', type: OptionType.String, value: '09:00' },
      ]);
      const reply = await postSigned(`http://127.0.0.1:${server.port}${INTERACTIONS_PATH}`, keys, payload);
      expect(JSON.stringify(reply.body.data?.embeds)).toMatch(/Subscribed/);
      await clock.advance(61 * 60 * 1000, () => scheduler?.settled() ?? Promise.resolve());
      const posts = discord.requestsTo(/^\/channels\/\d+\/messages$/);
      expect(posts).toHaveLength(1);
      expect(posts[0]?.path).toBe(`/channels/${FAKE_CHANNEL_ID}/messages`);
      expect(posts[0]?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
      expect(discord.gateway.connections).toHaveLength(0);
    } finally {
      await scheduler.stop();
      await server.close();
      await endpoint.stop();
      await discord.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
