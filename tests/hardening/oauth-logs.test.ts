// OAuth mode at LOG_LEVEL=debug, through the bot's real logger: installing a workspace (the code exchange
// with its client secret and the bot token it returns), answering it, a refused install and an uninstall
// log plenty, and never a token, the client secret, the state secret or the encryption key.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltLogger } from '../../adapters/log.js';
import { createSlackApp, type SlackApp, sealedInstallationStore } from '../../adapters/slack/index.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { TokenCipher } from '../../src/store/token-cipher.js';
import { CHANNEL, SlackSender, USER } from '../fakes/slack/slack.js';
import { FakeSlackApi, type FakeWorkspace } from '../fakes/slack/web-api.js';
import { core, type MemoryLog, memoryLog, SIGNING_SECRET } from './support.js';

const STATE_SECRET = 'f00d'.repeat(10);
const KEY = '9a'.repeat(32);
const WORKSPACE: FakeWorkspace = {
  teamId: 'T0LOGGED1',
  teamName: 'Logged',
  token: 'xoxb-logged-0003-supersecret',
  botUserId: 'U0BOTLOG1',
  botId: 'B0BOTLOG1',
};

let dir: string;
let api: FakeSlackApi;
let store: Store;
let app: SlackApp;
let memory: MemoryLog;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-oauth-logs-'));
  api = await FakeSlackApi.start();
  store = openSqliteStoreIn(dir);
  // The secrets main.ts hands the logger in OAuth mode.
  memory = memoryLog('debug', [SIGNING_SECRET, api.client.secret, STATE_SECRET, KEY]);
  app = createSlackApp(core(), {
    signingSecret: SIGNING_SECRET,
    oauth: {
      clientId: api.client.id,
      clientSecret: api.client.secret,
      stateSecret: STATE_SECRET,
      installationStore: sealedInstallationStore(store.installations, TokenCipher.fromHex(KEY), () =>
        Date.now(),
      ),
    },
    pauseWorkspace: (workspace, reason) => store.pauseWorkspace('slack', workspace, reason, Date.now()),
    port: 0,
    apiUrl: api.url,
    logger: boltLogger(memory.log),
  });
  origin = `http://127.0.0.1:${await app.start()}`;
});
afterAll(async () => {
  await app.stop();
  await store.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OAuth mode logs', () => {
  it('never contain a token or a secret, even at debug', async () => {
    const begun = await fetch(`${origin}/slack/install`, { redirect: 'manual' });
    const state = new URL(begun.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (begun.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // A refused attempt first (its error is logged), then the real one.
    await fetch(`${origin}/slack/oauth_redirect?code=nope&state=${encodeURIComponent(state)}`);
    api.grant('code-logged', WORKSPACE);
    const finished = await fetch(
      `${origin}/slack/oauth_redirect?code=code-logged&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(finished.status).toBe(200);
    const slack = new SlackSender(`${origin}/slack/events`, SIGNING_SECRET);
    const event = {
      type: 'app_mention',
      user: USER.id,
      text: `<@${WORKSPACE.botUserId}> what is cyber sovereignty?`,
      ts: '1700200000.000100',
      channel: CHANNEL.id,
    };
    await slack.event(event, { teamId: WORKSPACE.teamId });
    await api.waitFor('chat.postMessage');
    await slack.event({ type: 'app_uninstalled' }, { teamId: WORKSPACE.teamId });
    await expect.poll(() => memory.lines.some((line) => line.includes('removed the app'))).toBe(true);

    const all = memory.lines.join('\n');
    // The debug lines cover the code exchange and the post, so the check below has something to bite on.
    expect(all).toMatch(/oauth\.v2\.access/);
    expect(all).toMatch(/chat\.postMessage/);
    for (const secret of [WORKSPACE.token, api.client.secret, STATE_SECRET, KEY, 'xoxb-'])
      expect(all).not.toContain(secret);
  });
});
