// OAuth mode end to end: two workspaces install the app through the real /slack/install and
// /slack/oauth_redirect routes of two instances sharing one Postgres database (embedded, PGlite: an install
// may start on one and finish on the other), then each workspace is answered with its own bot token, as the loopback Web API
// sees it, and so is each workspace's scheduled digest. A forged or missing state installs nothing; an
// uninstalled workspace is no longer answered, and its subscriptions are paused with the reason.

import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_SCOPES, createSlackApp, type SlackApp, slackPoster } from '../../adapters/slack/index.js';
import { sealedInstallationStore } from '../../adapters/slack/installations.js';
import { createChannelDigests } from '../../src/digest/channels.js';
import { Scheduler } from '../../src/digest/scheduler.js';
import type { Digest } from '../../src/digest/types.js';
import { createCyberviews } from '../../src/index.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { TokenCipher } from '../../src/store/token-cipher.js';
import { ManualClock } from '../digest/clock.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { ackMessage, CHANNEL, SlackSender, USER } from '../fakes/slack/slack.js';
import { FakeSlackApi, type FakeWorkspace } from '../fakes/slack/web-api.js';
import { PgliteClient, resetPglite, sharedPglite } from '../support/pglite.js';
import { type LogEntry, recordingLogger, SIGNING_SECRET } from './harness.js';

const STATE_SECRET = 'shared-state-secret-for-every-instance';
const KEY = '3c'.repeat(32);

const ALPHA: FakeWorkspace = {
  teamId: 'T0ALPHA01',
  teamName: 'Alpha',
  token: 'xoxb-alpha-0001-token',
  botUserId: 'U0BOTALPHA',
  botId: 'B0BOTALPHA',
};
const BRAVO: FakeWorkspace = {
  teamId: 'T0BRAVO02',
  teamName: 'Bravo',
  token: 'xoxb-bravo-0002-token',
  botUserId: 'U0BOTBRAVO',
  botId: 'B0BOTBRAVO',
};

interface Instance {
  app: SlackApp;
  origin: string;
  slack: SlackSender;
  store: Store;
  scheduler?: Scheduler;
}

const core = createCyberviews();
const today = new Date();
/** 08:00 UTC today: the fakes' real-time signatures stay valid while the scheduler's clock moves. */
const clock = new ManualClock(
  Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 8, 0),
);
const CHANNELS = { alpha: 'C0ALPHACH1', bravo: 'C0BRAVOCH2' };

let db: PGlite;
let api: FakeSlackApi;
let responses: ResponseUrlCollector;
let instances: Instance[];
const logs: LogEntry[] = [];
const paused: { workspace: string; reason: string; count: number }[] = [];

/** An instance on the shared database; `withDigests`: it also runs the digest scheduler, on the test clock. */
async function startInstance(withDigests: boolean): Promise<Instance> {
  const store = await openPostgresStore(new PgliteClient(db));
  const installationStore = sealedInstallationStore(store.installations, TokenCipher.fromHex(KEY), () =>
    Date.now(),
  );
  let scheduler: Scheduler | undefined;
  const digests = createChannelDigests({
    store,
    now: () => clock.now(),
    zone: 'UTC',
    onChange: () => scheduler?.wake(),
  });
  const app = createSlackApp(core, {
    signingSecret: SIGNING_SECRET,
    oauth: {
      clientId: api.client.id,
      clientSecret: api.client.secret,
      stateSecret: STATE_SECRET,
      installationStore,
    },
    pauseWorkspace: async (workspace, reason) => {
      const count = await store.pauseWorkspace('slack', workspace, reason, clock.now());
      paused.push({ workspace, reason, count });
      return count;
    },
    digests,
    port: 0,
    apiUrl: api.url,
    logger: recordingLogger(logs),
  });
  const port = await app.start();
  if (withDigests) {
    const poster = slackPoster(app.bolt, core.about.meta.url, installationStore.botToken);
    scheduler = new Scheduler({ store, core, ports: [poster], clock, questionLogDays: 30 });
    scheduler.start();
  }
  const origin = `http://127.0.0.1:${port}`;
  const slack = new SlackSender(`${origin}/slack/events`, SIGNING_SECRET);
  return { app, origin, slack, store, ...(scheduler && { scheduler }) };
}

/** Moves the test clock, waiting for the digests it makes due. */
function settle(ms: number): Promise<void> {
  return clock.advance(ms, () => instances[0]?.scheduler?.settled() ?? Promise.resolve());
}

/** A browser visiting /slack/install: the redirect to Slack's consent page, its state and the state cookie. */
async function beginInstall(instance: Instance) {
  const response = await fetch(`${instance.origin}/slack/install`, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? 'http://invalid/');
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, location, state: location.searchParams.get('state') ?? '', cookie };
}

/** The browser coming back from Slack's consent page to the redirect URL. */
async function finishInstall(instance: Instance, query: string, cookie: string) {
  const response = await fetch(`${instance.origin}/slack/oauth_redirect?${query}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
  });
  return { status: response.status, body: await response.text() };
}

async function install(start: Instance, finish: Instance, code: string, workspace: FakeWorkspace) {
  const begun = await beginInstall(start);
  api.grant(code, workspace);
  return finishInstall(finish, `code=${code}&state=${encodeURIComponent(begun.state)}`, begun.cookie);
}

let ts = 1_700_100_000;
function mention(instance: Instance, workspace: FakeWorkspace, text: string) {
  ts += 1;
  return instance.slack.event(
    {
      type: 'app_mention',
      user: USER.id,
      text: `<@${workspace.botUserId}> ${text}`,
      ts: `${ts}.000100`,
      channel: CHANNEL.id,
      team: workspace.teamId,
    },
    { teamId: workspace.teamId },
  );
}

beforeAll(async () => {
  db = await sharedPglite();
  await resetPglite(db);
  api = await FakeSlackApi.start();
  responses = await ResponseUrlCollector.start();
  instances = [await startInstance(true), await startInstance(false)];
}, 120_000);
afterAll(async () => {
  for (const instance of instances) {
    await instance.scheduler?.stop();
    await instance.app.stop();
    await instance.store.close();
  }
  await Promise.all([api.close(), responses.close()]);
  await db.close();
});
beforeEach(() => {
  api.calls.clear();
});

describe('installing through /slack/install and /slack/oauth_redirect', () => {
  it('redirects to Slack with the client id, the bot scopes and a signed state, set in a cookie too', async () => {
    const [a] = instances as [Instance];
    const begun = await beginInstall(a);
    expect(begun.status).toBe(302);
    expect(begun.location.origin + begun.location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(begun.location.searchParams.get('client_id')).toBe(api.client.id);
    expect(begun.location.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    expect(begun.state.split('.')).toHaveLength(3); // a JWT signed with SLACK_STATE_SECRET
    expect(begun.cookie).toBe(`slack-app-oauth-state=${begun.state}`);
  });

  it('installs two workspaces, each started on one instance and finished on the other', async () => {
    const [a, b] = instances as [Instance, Instance];
    const alpha = await install(a, b, 'code-alpha', ALPHA);
    const bravo = await install(b, a, 'code-bravo', BRAVO);
    expect(alpha.status).toBe(200);
    expect(bravo.status).toBe(200);
    const exchanges = api.callsTo('oauth.v2.access');
    expect(exchanges.map((call) => call.body.code)).toEqual(['code-alpha', 'code-bravo']);
    const installed = await a.store.installations.all();
    expect(installed.map((row) => row.workspace)).toEqual([ALPHA.teamId, BRAVO.teamId]);
    expect(installed.map((row) => row.sealed).join()).not.toContain('xoxb-');
  });

  it('answers each workspace with its own bot token, on either instance', async () => {
    const [a, b] = instances as [Instance, Instance];
    for (const [instance, workspace] of [
      [a, ALPHA],
      [b, ALPHA],
      [a, BRAVO],
      [b, BRAVO],
    ] as const) {
      api.calls.clear();
      expect((await mention(instance, workspace, 'what is cyber sovereignty?')).status).toBe(200);
      const post = await api.waitFor('chat.postMessage');
      expect(post.token, `${workspace.teamName} on ${instance.origin}`).toBe(workspace.token);
    }
  });

  it("asks users.info with the command's own workspace token (a cron subscribe needs an admin)", async () => {
    const [a] = instances as [Instance];
    for (const workspace of [ALPHA, BRAVO]) {
      api.calls.clear();
      const responseUrl = responses.url();
      await a.slack.command({ text: 'subscribe cron 0 9 * * 1', responseUrl }, { teamId: workspace.teamId });
      await responses.first(responseUrl);
      expect(api.callsTo('users.info').map((call) => call.token)).toEqual([workspace.token]);
    }
  });

  it("posts each workspace's scheduled digest with that workspace's token", async () => {
    const [, b] = instances as [Instance, Instance];
    for (const [workspace, channelId] of [
      [ALPHA, CHANNELS.alpha],
      [BRAVO, CHANNELS.bravo],
    ] as const) {
      const subscribed = await b.slack.command(
        { text: 'subscribe daily 09:00', responseUrl: responses.url(), channelId },
        { teamId: workspace.teamId },
      );
      expect(JSON.stringify(ackMessage(subscribed))).toMatch(/Subscribed/);
      expect((await b.store.subscriptionFor('slack', channelId))?.workspace).toBe(workspace.teamId);
    }
    api.calls.clear();
    await settle(60 * 60 * 1000);
    const posts = api.callsTo('chat.postMessage');
    expect(posts.map((call) => [call.body.channel, call.token]).sort()).toEqual([
      [CHANNELS.alpha, ALPHA.token],
      [CHANNELS.bravo, BRAVO.token],
    ]);
  });

  it('refuses a forged state, a state without its cookie and a missing state, and exchanges no code', async () => {
    const [a, b] = instances as [Instance, Instance];
    const begun = await beginInstall(a);
    api.grant('code-forged', { ...ALPHA, teamId: 'T0FORGED9', token: 'xoxb-forged-token' });
    const forged = `${begun.state.slice(0, -4)}AAAA`;
    const attempts = [
      finishInstall(
        b,
        `code=code-forged&state=${encodeURIComponent(forged)}`,
        `slack-app-oauth-state=${forged}`,
      ),
      finishInstall(b, `code=code-forged&state=${encodeURIComponent(begun.state)}`, ''),
      finishInstall(b, 'code=code-forged', begun.cookie),
    ];
    for (const attempt of await Promise.all(attempts)) expect(attempt.status).not.toBe(200);
    expect(api.callsTo('oauth.v2.access')).toEqual([]);
    expect(await a.store.installations.find('T0FORGED9')).toBeUndefined();
  });
});

describe('uninstalling', () => {
  it('app_uninstalled and tokens_revoked, in either order and repeated, delete the installation and pause its subscriptions', async () => {
    const [a, b] = instances as [Instance, Instance];
    await install(a, a, 'code-bravo-again', BRAVO);
    const tokensRevoked = { type: 'tokens_revoked', tokens: { oauth: [], bot: [BRAVO.botUserId] } };
    expect((await a.slack.event(tokensRevoked, { teamId: BRAVO.teamId })).status).toBe(200);
    expect((await b.slack.event({ type: 'app_uninstalled' }, { teamId: BRAVO.teamId })).status).toBe(200);
    expect((await a.slack.event({ type: 'app_uninstalled' }, { teamId: BRAVO.teamId })).status).toBe(200);
    await expect.poll(() => paused.filter((p) => p.workspace === BRAVO.teamId).length).toBe(3);
    expect(await a.store.installations.find(BRAVO.teamId)).toBeUndefined();
    // The first event paused Bravo's one subscription; the repeats found nothing left to pause.
    expect(paused.map((p) => p.count)).toEqual([1, 0, 0]);
    const bravo = await a.store.subscriptionFor('slack', CHANNELS.bravo);
    expect(bravo?.pausedReason).toMatch(/revoked.*reinstall/);
    expect((await a.store.subscriptionFor('slack', CHANNELS.alpha))?.pausedAt).toBeNull();
  });

  it('a workspace that uninstalled is not answered, on any instance; the others still are', async () => {
    const [a, b] = instances as [Instance, Instance];
    for (const instance of [a, b]) await mention(instance, BRAVO, 'what is cyber sovereignty?');
    // A slash command needing the Web API (users.info) and one answered in its ack: neither is served.
    const responseUrl = responses.url();
    const cron = await b.slack.command(
      { text: 'subscribe cron 0 9 * * 1', responseUrl },
      { teamId: BRAVO.teamId },
    );
    const asked = await a.slack.command(
      { text: 'what is cyber sovereignty?', responseUrl },
      { teamId: BRAVO.teamId },
    );
    for (const refused of [cron, asked]) expect(refused).toEqual({ status: 200, body: '' });
    await mention(a, ALPHA, 'what is cyber sovereignty?');
    const post = await api.waitFor('chat.postMessage');
    expect(post.token).toBe(ALPHA.token);
    expect(api.calls.items.filter((call) => call.token === BRAVO.token)).toEqual([]);
    expect(api.callsTo('users.info')).toEqual([]);
    expect(responses.all(responseUrl)).toEqual([]);
  });

  it("the digest poster finds each workspace's token; an uninstalled one gets no post, and a reason to act on", async () => {
    const [a] = instances as [Instance];
    const installed = sealedInstallationStore(a.store.installations, TokenCipher.fromHex(KEY), () =>
      Date.now(),
    );
    const poster = slackPoster(a.app.bolt, core.about.meta.url, installed.botToken);
    const { digest } = core.run({ kind: 'digest' }) as { digest: Digest };
    const post = { digest, recap: [], recapOmitted: 0, slot: clock.now() };
    const attempt = { key: 'slot', attempt: 1 };
    expect(await poster.post(CHANNELS.alpha, post, { ...attempt, workspace: ALPHA.teamId })).toEqual({
      ok: true,
    });
    expect(api.callsTo('chat.postMessage').map((call) => call.token)).toEqual([ALPHA.token]);
    api.calls.clear();
    const result = await poster.post(CHANNELS.bravo, post, { ...attempt, workspace: BRAVO.teamId });
    expect(result).toMatchObject({ ok: false, failure: 'no-access' });
    expect(!result.ok && result.reason).toMatch(/not installed in workspace T0BRAVO02; reinstall/);
    expect(api.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('the manifest', () => {
  it('asks for the same bot scopes as the installer, and subscribes to the uninstall events', () => {
    const manifest = readFileSync(new URL('../../adapters/slack/manifest.yml', import.meta.url), 'utf8');
    const bot = manifest.slice(manifest.indexOf('    bot:'), manifest.indexOf('settings:'));
    const scopes = [...bot.matchAll(/^ {6}- ([\w:.]+)/gm)].map((match) => match[1]);
    expect(scopes).toEqual([...BOT_SCOPES]);
    expect(manifest).toMatch(/- app_uninstalled/);
    expect(manifest).toMatch(/- tokens_revoked/);
    expect(manifest).toMatch(/redirect_urls:\n\s+- https:\/\/example\.com\/slack\/oauth_redirect/);
  });
});
