// The built bot as a process: SIGTERM stops it cleanly (exit 0) after serving, secrets never reach its
// output, and a stray exception or rejection is logged while the process keeps going.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { ackMessage, SlackSender } from '../fakes/slack/slack.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';
import { SIGNING_SECRET, startBuiltBot } from './support.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('node dist/adapters/main.js with Slack settings', () => {
  it('serves a slash command, then exits 0 on SIGTERM without printing a secret', async () => {
    const api = await FakeSlackApi.start();
    const responses = await ResponseUrlCollector.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-sigterm-'));
    cleanups.push(
      () => api.close(),
      () => responses.close(),
      () => rmSync(dataDir, { recursive: true, force: true }),
    );
    const { child, output, exited, port } = await startBuiltBot({
      apiUrl: api.url,
      dataDir,
      env: { LOG_LEVEL: 'debug' },
      cleanups,
    });
    const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
    const answered = await slack.command({ text: 'note 24', responseUrl: responses.url() });
    expect(answered.status).toBe(200);
    expect(JSON.stringify(ackMessage(answered))).toContain('Note 24');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.text).toContain('SIGTERM received; shutting down.');
    expect(output.text).toMatch(/"msg":"command handled"/);
    expect(output.text).not.toContain(BOT.token);
    expect(output.text).not.toContain(SIGNING_SECRET);
  });

  it('refuses to start on malformed settings, one line per variable and no secret in them', () => {
    const token = 'Bot abc.def.ghi-super-secret-discord-token';
    const r = spawnSync(process.execPath, ['dist/adapters/main.js'], {
      env: {
        PATH: process.env.PATH,
        SLACK_SIGNING_SECRET: 'verification-token-not-a-secret',
        SLACK_BOT_TOKEN: 'xoxp-a-user-token-123',
        DISCORD_TOKEN: token,
        RATE_LIMIT_USER: 'lots',
      },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(78);
    const lines = r.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines.map((line) => line.split(' ')[3])).toEqual([
      'RATE_LIMIT_USER',
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN',
      'DISCORD_TOKEN',
    ]);
    expect(r.stderr).not.toContain('xoxp-a-user-token-123');
    expect(r.stderr).not.toContain('super-secret');
  });
});

describe('process guards', () => {
  it('log an uncaught exception and an unhandled rejection and keep the process running', () => {
    const script = `
      import { createLog, installProcessGuards } from './dist/adapters/log.js';
      installProcessGuards(createLog({ level: 'info' }));
      setTimeout(() => { throw new Error('boom in a timer'); }, 10);
      Promise.reject(new Error('nobody caught this'));
      setTimeout(() => { console.log('still serving'); process.exit(0); }, 200);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('still serving');
    const entries = r.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } });
    expect(entries).toMatchObject([
      {
        level: 50,
        msg: 'unhandled promise rejection; still serving',
        err: { message: 'nobody caught this' },
      },
      { level: 50, msg: 'uncaught exception; still serving', err: { message: 'boom in a timer' } },
    ]);
  });
});
