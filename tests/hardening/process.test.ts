// The built bot as a process: SIGTERM stops it cleanly (exit 0) after serving, secrets never reach its
// output, a stray rejection is logged while the process keeps going, and an uncaught exception is logged
// and ends the process with a non-zero code (Node's guidance), for its supervisor to restart it.

import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installProcessGuards, UNCAUGHT_EXIT_CODE } from '../../adapters/log.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { ackMessage, CHANNEL, SlackSender } from '../fakes/slack/slack.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';
import { memoryLog, SIGNING_SECRET, startBuiltBot } from './support.js';

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
    const asked = await slack.command({ text: 'what is cyber sovereignty', responseUrl: responses.url() });
    expect(asked.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The question log is written in batches, off the request path: the shutdown wrote the last one.
    const store = openSqliteStoreIn(dataDir);
    const logged = await store.questionsBetween('slack', CHANNEL.id, 0, Date.now());
    await store.close();
    expect(logged.map((line) => line.question)).toEqual(['what is cyber sovereignty']);
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
  function guarded() {
    const memory = memoryLog();
    const target = new EventEmitter();
    const exits: { code: number; linesBefore: number }[] = [];
    installProcessGuards(memory.log, target, (code) =>
      exits.push({ code, linesBefore: memory.lines.length }),
    );
    return { memory, target, exits };
  }

  it('log an unhandled rejection and keep the process serving', () => {
    const { memory, target, exits } = guarded();
    target.emit('unhandledRejection', new Error('nobody caught this'), Promise.resolve());
    expect(memory.entries()).toMatchObject([
      {
        level: 50,
        msg: 'unhandled promise rejection; still serving',
        err: { message: 'nobody caught this' },
      },
    ]);
    expect(exits).toEqual([]);
  });

  it('log an uncaught exception, then exit 1 so the supervisor starts a clean process', () => {
    const { memory, target, exits } = guarded();
    target.emit('uncaughtException', new Error('boom in a timer'), 'uncaughtException');
    expect(memory.entries()).toMatchObject([
      {
        level: 60,
        msg: 'uncaught exception; exiting so a clean process starts',
        err: { message: 'boom in a timer' },
      },
    ]);
    expect(exits).toEqual([{ code: UNCAUGHT_EXIT_CODE, linesBefore: 1 }]);
    expect(UNCAUGHT_EXIT_CODE).not.toBe(0);
  });

  it('in a real process: a rejection is logged and serving goes on, an exception is logged and ends it', () => {
    const script = `
      import { createLog, installProcessGuards } from './dist/adapters/log.js';
      installProcessGuards(createLog({ level: 'info' }));
      Promise.reject(new Error('nobody caught this'));
      setImmediate(() => {
        console.log('served after the rejection');
        setImmediate(() => { throw new Error('boom in a callback'); });
      });
      // Reached only if the exception did not end the process.
      setTimeout(() => { console.log('still running'); process.exit(0); }, 10_000);
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status).toBe(UNCAUGHT_EXIT_CODE);
    expect(r.stdout).toContain('served after the rejection');
    expect(r.stdout).not.toContain('still running');
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
      {
        level: 60,
        msg: 'uncaught exception; exiting so a clean process starts',
        err: { message: 'boom in a callback' },
      },
    ]);
  });
});
