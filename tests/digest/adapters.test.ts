// Through the real adapters and the loopback fakes: a signed Slack /cyberviews subscribe and a Discord
// subscribe interaction lead to a post (chat.postMessage / POST /channels/:id/messages) at the due time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordBot, discordPoster } from '../../adapters/discord/index.js';
import { createSlackApp, slackPoster } from '../../adapters/slack/index.js';
import { DIGEST_EVENT } from '../../adapters/slack/poster.js';
import { createChannelDigests } from '../../src/digest/channels.js';
import type { PostPort } from '../../src/digest/post.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import { digestTopic } from '../../src/digest/topic.js';
import type { ScheduledPost } from '../../src/digest/types.js';
import { createCyberviews } from '../../src/index.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { FAKE_GUILD_ID } from '../fakes/discord/ids.js';
import { FAKE_APPLICATION, OptionType, startFakeDiscord } from '../fakes/discord/index.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { ackMessage, CHANNEL, SlackSender, TEAM } from '../fakes/slack/slack.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';
import { CITED } from '../support/cited.js';
import { ManualClock } from './clock.js';

const core = createCyberviews();
const HOUR = 60 * 60 * 1000;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let dir: string;
let clock: ManualClock;
let store: Store;
let cleanup: (() => Promise<void>)[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-adapters-'));
  store = openSqliteStoreIn(dir);
  // 08:00 UTC today, so the fakes' real-time signatures stay valid while the scheduler's clock moves.
  const today = new Date();
  clock = new ManualClock(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 8, 0));
});

afterEach(async () => {
  for (const stop of cleanup.reverse()) await stop();
  cleanup = [];
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Channel digests on the test store and clock, and the scheduler that posts them once `schedule` is given
 * the adapter's port; `settle` moves the clock and waits for the posts it makes due.
 */
function digestsOnClock() {
  let scheduler: Scheduler | undefined;
  const digests = createChannelDigests({
    store,
    now: () => clock.now(),
    zone: 'UTC',
    onChange: () => scheduler?.wake(),
  });
  return {
    digests,
    schedule(port: PostPort) {
      scheduler = new Scheduler({ store, core, ports: [port], clock, questionLogDays: 30 });
      scheduler.start();
    },
    settle: (ms: number) => clock.advance(ms, () => scheduler?.settled() ?? Promise.resolve()),
    stop: async () => {
      await scheduler?.stop();
    },
  };
}

/** The real Slack app (Bolt) with digests and a scheduler, against the Web API and response_url fakes. */
async function startSlack() {
  const api = await FakeSlackApi.start();
  const responses = await ResponseUrlCollector.start();
  const { digests, schedule, settle, stop } = digestsOnClock();
  const app = createSlackApp(core, {
    signingSecret: 'adapter-test-secret',
    botToken: BOT.token,
    port: 0,
    apiUrl: api.url,
    logger: {
      ...quiet,
      debug: () => {},
      setLevel: () => {},
      getLevel: () => LogLevel.ERROR,
      setName: () => {},
    },
    digests,
  });
  const port = await app.start();
  schedule(slackPoster(app.bolt, core.about.meta.url));
  cleanup.push(async () => {
    await stop();
    await app.stop();
    await Promise.all([api.close(), responses.close()]);
  });
  const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'adapter-test-secret');
  return { api, responses, slack, settle, slackApp: app };
}

describe('Slack', () => {
  it('a signed /cyberviews subscribe leads to chat.postMessage at the due time', async () => {
    const { api, responses, slack, settle } = await startSlack();

    const subscribed = await slack.command({ text: 'subscribe daily 09:00', responseUrl: responses.url() });
    expect(JSON.stringify(ackMessage(subscribed))).toMatch(/Subscribed/);
    await settle(60 * 1000);
    const asked = await slack.command({ text: 'what is cyber sovereignty', responseUrl: responses.url() });
    expect(JSON.stringify(ackMessage(asked))).toMatch(CITED);
    await settle(0);
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);

    await settle(HOUR);
    const posts = api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const body = posts[0]?.body ?? {};
    expect(body.channel).toBe(CHANNEL.id);
    expect(JSON.stringify(body.blocks)).toMatch(/Reading, part 1 of/);
    expect(JSON.stringify(body.blocks)).toMatch(/what is cyber sovereignty/);
    expect(limitViolations(body)).toEqual([]);
    // The post names its slot in message metadata; the subscription belongs to the workspace.
    expect(body.metadata).toEqual({ event_type: DIGEST_EVENT, event_payload: { key: expect.any(String) } });
    expect((await store.subscriptions())[0]?.workspace).toBe(TEAM.id);
  });

  it('does not post a slot again when the channel already shows it (an earlier attempt went through)', async () => {
    const { api, slackApp } = await startSlack();
    const poster = slackPoster(slackApp.bolt, core.about.meta.url);
    const post: ScheduledPost = {
      digest: digestTopic(core, 'ICANN'),
      recap: [],
      recapOmitted: 0,
      slot: Date.UTC(2024, 0, 1, 9),
    };
    expect(await poster.post(CHANNEL.id, post, { key: '1:1704099600000', attempt: 1 })).toEqual({ ok: true });
    expect(await poster.post(CHANNEL.id, post, { key: '1:1704099600000', attempt: 2 })).toEqual({ ok: true });
    expect(api.callsTo('conversations.history')).toHaveLength(1);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    // Another slot, or a history Slack will not show (missing scope): posted.
    expect(await poster.post(CHANNEL.id, post, { key: '1:1704186000000', attempt: 2 })).toEqual({ ok: true });
    api.failNext('conversations.history', 'missing_scope');
    expect(await poster.post(CHANNEL.id, post, { key: '1:1704272400000', attempt: 3 })).toEqual({ ok: true });
    expect(api.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('takes a cron schedule from a workspace admin (users.info) and refuses it to a member', async () => {
    const { api, responses, slack } = await startSlack();
    api.admins.add('U0ADMIN');
    const cron = 'subscribe cron 0 9 * * 1 cyber sovereignty';

    const member = responses.url();
    await slack.command({ text: cron, responseUrl: member, userId: 'U0MEMBER' });
    expect(JSON.stringify(await responses.first(member))).toMatch(/Only workspace or server administrators/);

    const admin = responses.url();
    await slack.command({ text: cron, responseUrl: admin, userId: 'U0ADMIN' });
    expect(JSON.stringify(await responses.first(admin))).toMatch(/Subscribed/);

    const asked = api.callsTo('users.info').map((call) => call.body.user);
    expect(asked).toEqual(['U0MEMBER', 'U0ADMIN']);
    expect((await store.subscriptions()).length).toBe(1);
  });

  it('pauses the subscription, with the reason, once the bot is removed from the channel', async () => {
    const { api, responses, slack, settle } = await startSlack();
    await slack.command({ text: 'subscribe daily 09:00', responseUrl: responses.url() });
    api.failNext('chat.postMessage', 'not_in_channel');

    await settle(HOUR + 60 * 1000);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    const paused = (await store.subscriptions())[0];
    expect(paused?.pausedAt).not.toBeNull();
    expect(paused?.pausedReason).toMatch(/not_in_channel/);

    await settle(24 * HOUR);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    const status = await slack.command({ text: 'subscriptions', responseUrl: responses.url() });
    expect(JSON.stringify(ackMessage(status))).toMatch(/paused/);
  });

  it('treats a failing users.info as "not an admin", with an answer all the same', async () => {
    const { api, responses, slack } = await startSlack();
    api.admins.add('U0ADMIN');
    api.failNext('users.info', 'ratelimited');
    const url = responses.url();
    await slack.command({ text: 'subscribe cron 0 9 * * 1', responseUrl: url, userId: 'U0ADMIN' });
    expect(JSON.stringify(await responses.first(url))).toMatch(/Only workspace or server administrators/);
  });
});

/** The real Discord bot (discord.js) with digests and a scheduler, against the REST and gateway fakes. */
async function startDiscord(forbiddenChannels = new Set<string>()) {
  const discord = await startFakeDiscord({ forbiddenChannels });
  const { digests, schedule, settle, stop } = digestsOnClock();
  const bot = createDiscordBot(core, {
    token: discord.token,
    applicationId: FAKE_APPLICATION.id,
    apiUrl: discord.apiUrl,
    logger: quiet,
    digests,
  });
  await bot.start();
  schedule(discordPoster(bot.client, core.about.meta.url));
  cleanup.push(async () => {
    await stop();
    await bot.stop();
    await discord.close();
  });
  return { discord, settle };
}

const POSTS = /^\/channels\/\d+\/messages$/;

describe('Discord', () => {
  it('a subscribe interaction leads to POST /channels/:id/messages at the due time', async () => {
    const { discord, settle } = await startDiscord();

    const reply = await discord.command('subscribe', [
      { name: 'cadence', type: OptionType.String, value: 'daily' },
      { name: 'time', type: OptionType.String, value: '09:00' },
      { name: 'topic', type: OptionType.String, value: 'double standard' },
    ]);
    expect(JSON.stringify(reply.data.embeds)).toMatch(/Subscribed/);
    await settle(30 * 60 * 1000);
    expect(discord.requestsTo(POSTS)).toHaveLength(0);

    await settle(HOUR);
    const posts = discord.requestsTo(POSTS);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.method).toBe('POST');
    const text = JSON.stringify(posts[0]?.body);
    expect(text).toMatch(/double standard/);
    expect(text).toMatch(/sources: authoritative/);
    // Discord drops a second create of the same slot (same nonce) made within minutes.
    expect(posts[0]?.body).toMatchObject({ nonce: expect.stringMatching(/^\d+:\d+$/), enforce_nonce: true });
    expect((await store.subscriptions())[0]?.workspace).toBe(FAKE_GUILD_ID);
  });

  it('pauses the subscription, with the reason, once the bot may no longer post in the channel', async () => {
    const forbidden = new Set<string>();
    const { discord, settle } = await startDiscord(forbidden);
    await discord.command('subscribe', [
      { name: 'cadence', type: OptionType.String, value: 'daily' },
      { name: 'time', type: OptionType.String, value: '09:00' },
    ]);
    const [subscription] = await store.subscriptions();
    if (!subscription) throw new Error('not subscribed');
    forbidden.add(subscription.channel);

    await settle(HOUR + 60 * 1000);
    expect(discord.requestsTo(POSTS)).toHaveLength(1);
    const paused = (await store.subscriptions())[0];
    expect(paused?.pausedAt).not.toBeNull();
    expect(paused?.pausedReason).toMatch(/Missing Access/);

    await settle(24 * HOUR);
    expect(discord.requestsTo(POSTS)).toHaveLength(1);
    const status = await discord.command('subscriptions');
    expect(JSON.stringify(status.data)).toMatch(/paused/);
  });
});
