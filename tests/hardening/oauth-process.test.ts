// The built bot (`npm start`) in Slack OAuth mode: it refuses to start without a valid encryption key,
// saying what to do; with a rotated key it re-encrypts the stored installations at start-up, serves
// /slack/install, answers an installed workspace with its own token, and prints no token, secret or key.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Installation } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { sealedInstallationStore } from '../../adapters/slack/installations.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import { TokenCipher } from '../../src/store/token-cipher.js';
import { CHANNEL, SlackSender, USER } from '../fakes/slack/slack.js';
import { FakeSlackApi, type FakeWorkspace } from '../fakes/slack/web-api.js';
import { SIGNING_SECRET, startBuiltBot } from './support.js';

const OLD_KEY = '1d'.repeat(32);
const NEW_KEY = 'e7'.repeat(32);
const STATE_SECRET = 'b0a7'.repeat(10);
const WORKSPACE: FakeWorkspace = {
  teamId: 'T0ROTATE1',
  teamName: 'Rotate',
  token: 'xoxb-rotate-0004-supersecret',
  botUserId: 'U0BOTROT1',
  botId: 'B0BOTROT1',
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function oauthEnv(api: FakeSlackApi): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: api.client.id,
    SLACK_CLIENT_SECRET: api.client.secret,
    SLACK_STATE_SECRET: STATE_SECRET,
  };
}

describe('node dist/adapters/main.js in Slack OAuth mode', () => {
  it('exits 78 without TOKEN_ENCRYPTION_KEY, saying how to make one', () => {
    const r = spawnSync(process.execPath, ['dist/adapters/main.js'], {
      env: {
        PATH: process.env.PATH,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_CLIENT_ID: '1111.2222',
        SLACK_CLIENT_SECRET: 'client-secret-value-0123456789',
        SLACK_STATE_SECRET: STATE_SECRET,
      },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(/TOKEN_ENCRYPTION_KEY is missing.*openssl rand -hex 32/);
    expect(r.stderr).not.toContain('client-secret-value');
  });

  it('re-encrypts installations sealed with the previous key, then answers with the stored token', async () => {
    const api = await FakeSlackApi.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-oauth-process-'));
    cleanups.push(
      () => api.close(),
      () => rmSync(dataDir, { recursive: true, force: true }),
    );
    // Installed while the old key was current.
    api.installed(WORKSPACE);
    const seeded = openSqliteStoreIn(dataDir);
    const installation = {
      team: { id: WORKSPACE.teamId, name: WORKSPACE.teamName },
      enterprise: undefined,
      user: { id: 'U0INSTALLR', token: undefined, scopes: undefined },
      bot: { id: WORKSPACE.botId, userId: WORKSPACE.botUserId, token: WORKSPACE.token, scopes: ['commands'] },
      isEnterpriseInstall: false,
      authVersion: 'v2',
    } as Installation<'v2', false>;
    await sealedInstallationStore(
      seeded.installations,
      TokenCipher.fromHex(OLD_KEY),
      () => 1,
    ).storeInstallation(installation);
    await seeded.close();

    const { child, output, exited, port } = await startBuiltBot({
      apiUrl: api.url,
      dataDir,
      env: {
        ...oauthEnv(api),
        TOKEN_ENCRYPTION_KEY: NEW_KEY,
        TOKEN_ENCRYPTION_KEY_PREVIOUS: OLD_KEY,
        LOG_LEVEL: 'debug',
      },
      cleanups,
    });
    expect(output.text).toContain('1 installation(s) re-encrypted with the current key');
    const install = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
    const mention = {
      type: 'app_mention',
      user: USER.id,
      text: `<@${WORKSPACE.botUserId}> what is cyber sovereignty?`,
      ts: '1700300000.000100',
      channel: CHANNEL.id,
    };
    expect((await slack.event(mention, { teamId: WORKSPACE.teamId })).status).toBe(200);
    expect((await api.waitFor('chat.postMessage')).token).toBe(WORKSPACE.token);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const store = openSqliteStoreIn(dataDir);
    const [row] = await store.installations.all();
    await store.close();
    expect(TokenCipher.fromHex(NEW_KEY).open(row?.sealed ?? '', WORKSPACE.teamId)).toContain(WORKSPACE.token);
    for (const secret of [WORKSPACE.token, api.client.secret, STATE_SECRET, NEW_KEY, OLD_KEY])
      expect(output.text).not.toContain(secret);
  });
});
