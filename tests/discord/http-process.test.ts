// `npm start` (the built bot) with DISCORD_PUBLIC_KEY: Discord over HTTP on PORT, alone on a server of its
// own or beside Slack's receiver, /healthz beside it, no gateway connection, a clean exit on SIGTERM.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snowflakes } from '../fakes/discord/ids.js';
import { FAKE_TOKEN, OptionType, startFakeDiscord } from '../fakes/discord/index.js';
import { slashCommand } from '../fakes/discord/interactions.js';
import { appKeys, postSigned } from '../fakes/discord/signed.js';
import { ackMessage, SlackSender } from '../fakes/slack/slack.js';
import { FakeSlackApi } from '../fakes/slack/web-api.js';
import { SIGNING_SECRET, startBuiltBot } from '../hardening/support.js';
import { CITED } from '../support/cited.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const ids = snowflakes(1_500_000_000_000_000_000n);
const ask = () =>
  slashCommand(ids, 'ask', [
    { name: 'question', type: OptionType.String, value: 'what is cyber sovereignty' },
  ]);

async function fixtures() {
  const discord = await startFakeDiscord();
  const slackApi = await FakeSlackApi.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-http-mode-'));
  cleanups.push(
    () => discord.close(),
    () => slackApi.close(),
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
  return { discord, slackApi, dataDir, keys: appKeys() };
}

describe('npm start with DISCORD_PUBLIC_KEY', () => {
  it('serves interactions and /healthz on PORT without Slack, never opens the gateway, and stops on SIGTERM', async () => {
    const { discord, slackApi, dataDir, keys } = await fixtures();
    const { child, exited, port, output } = await startBuiltBot({
      apiUrl: slackApi.url,
      dataDir,
      env: {
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      },
      cleanups,
    });
    const url = `http://127.0.0.1:${port}`;
    expect(
      (await postSigned(`${url}/discord/interactions`, keys, { type: 1, id: ids.next(), token: 't' })).body,
    ).toEqual({
      type: 1,
    });
    const answer = await postSigned(`${url}/discord/interactions`, keys, ask());
    expect(answer.body.type).toBe(4);
    expect(JSON.stringify(answer.body.data?.embeds)).toMatch(CITED);
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    expect(discord.gateway.connections).toHaveLength(0);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.text).not.toContain(FAKE_TOKEN);
  });

  it('shares Slack’s port when Slack runs in HTTP mode', async () => {
    const { discord, slackApi, dataDir, keys } = await fixtures();
    const { port } = await startBuiltBot({
      apiUrl: slackApi.url,
      dataDir,
      env: {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      },
      cleanups,
    });
    const url = `http://127.0.0.1:${port}`;
    const slack = new SlackSender(`${url}/slack/events`, SIGNING_SECRET);
    const slackAnswer = await slack.command({ text: 'note 24', responseUrl: `${url}/unused` });
    expect(JSON.stringify(ackMessage(slackAnswer))).toContain('Note 24');
    const discordAnswer = await postSigned(`${url}/discord/interactions`, keys, ask());
    expect(discordAnswer.body.type).toBe(4);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
