// The real Slack app on a loopback port, wired to loopback fakes of Slack: the Web API, response_urls
// (buttons and slow paths answer there; slash commands answer in their ack, read with ackMessage), and a
// sender that signs requests the way Slack does. One per test file; everything closes in stop().

import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Route } from '../../adapters/http/routes.js';
import { createSlackApp, type SlackApp } from '../../adapters/slack/index.js';
import { type Cyberviews, createCyberviews } from '../../src/index.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { SlackSender } from '../fakes/slack/slack.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: unknown[];
}

/** Bolt's Logger, recording instead of printing, so tests can check what was logged and stay quiet. */
export function recordingLogger(entries: LogEntry[]): Logger {
  let level = LogLevel.DEBUG;
  const record =
    (at: LogEntry['level']) =>
    (...message: unknown[]) => {
      entries.push({ level: at, message });
    };
  return {
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export interface Harness {
  app: SlackApp;
  api: FakeSlackApi;
  responses: ResponseUrlCollector;
  slack: SlackSender;
  logs: LogEntry[];
  core: ReturnType<typeof createCyberviews>;
  stop(): Promise<void>;
}

/** `wrap` lets a test put a fault in front of the real core (e.g. make it throw); `customRoutes` more routes on the port. */
export async function startHarness(
  wrap: (core: Cyberviews) => Cyberviews = (core) => core,
  customRoutes?: Route[],
): Promise<Harness> {
  const core = createCyberviews();
  const api = await FakeSlackApi.start();
  const responses = await ResponseUrlCollector.start();
  const logs: LogEntry[] = [];
  const app = createSlackApp(wrap(core), {
    signingSecret: SIGNING_SECRET,
    botToken: BOT.token,
    port: 0,
    apiUrl: api.url,
    logger: recordingLogger(logs),
    ...(customRoutes ? { customRoutes } : {}),
  });
  const port = await app.start();
  if (port === undefined) throw new Error('the Slack app did not start in HTTP mode');
  const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
  return {
    app,
    api,
    responses,
    slack,
    logs,
    core,
    async stop() {
      await app.stop();
      await Promise.all([api.close(), responses.close()]);
    },
  };
}
