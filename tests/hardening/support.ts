// Shared pieces of the hardening specs: a pino logger writing to memory, and the real Slack app on
// loopback wired to the Slack fakes with the settings a test chooses (limiter, Web API patience, API URL).

import { type ChildProcess, spawn } from 'node:child_process';
import { accessLogger, boltLogger, createLog, type Log } from '../../adapters/log.js';
import { createSlackApp, type SlackApp, type SlackSettings } from '../../adapters/slack/index.js';
import type { LogLevel } from '../../src/config.js';
import { type Cyberviews, createCyberviews } from '../../src/index.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { SlackSender } from '../fakes/slack/slack.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';
import { watch } from '../support/child.js';

export const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';

export interface MemoryLog {
  log: Log;
  /** Every line exactly as written (after secret scrubbing). */
  lines: string[];
  /** The lines parsed. */
  entries(): Record<string, unknown>[];
}

export function memoryLog(level: LogLevel = 'info', secrets: string[] = []): MemoryLog {
  const lines: string[] = [];
  const log = createLog({ level, secrets, destination: { write: (line: string) => lines.push(line) } });
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

let sharedCore: Cyberviews | undefined;
export function core(): Cyberviews {
  sharedCore ??= createCyberviews();
  return sharedCore;
}

export interface SlackRig {
  app: SlackApp;
  api: FakeSlackApi;
  responses: ResponseUrlCollector;
  slack: SlackSender;
  memory: MemoryLog;
  stop(): Promise<void>;
}

/** The real Slack app on 127.0.0.1 against the fakes; `apiUrl` may point at a faulty proxy in front of `api`. */
export async function startSlack(
  settings: Partial<SlackSettings> = {},
  options: { level?: LogLevel; apiUrl?: (api: FakeSlackApi) => Promise<string> | string } = {},
): Promise<SlackRig> {
  const api = await FakeSlackApi.start();
  const responses = await ResponseUrlCollector.start();
  const memory = memoryLog(options.level ?? 'info', [SIGNING_SECRET, BOT.token]);
  const app = createSlackApp(core(), {
    signingSecret: SIGNING_SECRET,
    botToken: BOT.token,
    port: 0,
    apiUrl: options.apiUrl ? await options.apiUrl(api) : api.url,
    logger: boltLogger(memory.log),
    // As adapters/main.ts wires the app: access lines through their own logger.
    accessLog: accessLogger(memory.log, 'slack'),
    ...settings,
  });
  const port = await app.start();
  const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
  return {
    app,
    api,
    responses,
    slack,
    memory,
    async stop() {
      await app.stop();
      await Promise.all([api.close(), responses.close()]);
    },
  };
}

/** Text of every block of a message, joined: what a person reads. */
export function readable(message: Record<string, unknown>): string {
  return JSON.stringify(message.blocks ?? []);
}

export interface BuiltBot {
  child: ChildProcess;
  /** Everything the bot has printed so far, stdout and stderr together. */
  output: { text: string };
  exited: Promise<number | null>;
  /** The port its Slack HTTP receiver listens on. */
  port: number;
}

/**
 * The built bot (`npm start`'s entry point) in its own process, in Slack HTTP mode against `apiUrl`, with
 * `dataDir` for its database; resolves once it listens. Stopped after the test (SIGTERM) if still running.
 * `cwd` is the folder holding dist/ (the checkout unless told, e.g. a `copyRuntime()` for another user).
 */
export async function startBuiltBot(options: {
  apiUrl: string;
  dataDir: string;
  env?: Record<string, string>;
  user?: { uid: number; gid: number };
  cwd?: string;
  cleanups: (() => Promise<void> | void)[];
}): Promise<BuiltBot> {
  const child = spawn(process.execPath, ['dist/adapters/main.js'], {
    ...(options.cwd && { cwd: options.cwd }),
    env: {
      PATH: process.env.PATH,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT.token,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: options.apiUrl,
      DISCORD_TOKEN: '',
      PORT: '0',
      DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
  const { output, exited } = watch(child, options.cleanups);
  const [, port] = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const pattern = /listening on port (\d+)/;
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output.text}`)), 15_000);
    const check = () => {
      const match = pattern.exec(output.text);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stderr?.on('data', check);
    child.stdout?.on('data', check);
    check();
  });
  return { child, output, exited, port: Number(port) };
}
