// One Slack app for the load test, in its own process: the real cyberviews app as `npm start` runs it (core,
// guard with rate limits, pino logs, listeners, the SQLite question log in a temporary DATA_DIR; the answer
// rides on the ack), a do-nothing Bolt app that only acks an
// empty body, or a Bolt app that acks with plain minisearch's top three paragraphs (the floor for any
// search-backed answer). Prints its port, runs until killed (SIGTERM exits normally, so `node --cpu-prof` can write).

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, LogLevel } from '@slack/bolt';
import { accessLogger, boltLogger, createLog, logStream } from '../adapters/log.js';
import { createSlackApp } from '../adapters/slack/index.js';
import { createChannelDigests, createCyberviews, DEFAULT_RATE_LIMITS, RateLimiter } from '../src/index.js';
import { openSqliteStoreIn } from '../src/tools.js';
import { answeredBeforehand } from './answered.js';
import { plainMinisearch } from './yardstick.js';

export const BENCH_SECRET = '0123456789abcdef0123456789abcdef';
export const BENCH_TOKEN = 'xoxb-bench-token';

/**
 * The n-th slash command the bench sends: a different person in a different channel each time, so the
 * load is many users, not one flood (rate limits do not trip).
 */
export function benchCommand(n: number, text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'x',
    team_id: 'T0BENCH',
    channel_id: `C${n % 5000}`,
    user_id: `U${n}`,
    command: '/cyberviews',
    text,
    response_url: responseUrl,
    trigger_id: `${n}.1`,
  };
}

/** A bare Bolt app for the yardsticks, on the fake Web API. */
export function yardstickApp(apiUrl: string): App {
  return new App({
    signingSecret: BENCH_SECRET,
    token: BENCH_TOKEN,
    port: 0,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
}

/** The options cyberviews' Slack app runs with in the bench: as `npm start` runs it, on a fake Web API. */
export function benchAppOptions(
  digests: ReturnType<typeof createChannelDigests>,
  apiUrl: string,
  log: ReturnType<typeof createLog>,
): Parameters<typeof createSlackApp>[1] {
  return {
    digests,
    signingSecret: BENCH_SECRET,
    botToken: BENCH_TOKEN,
    port: 0,
    apiUrl,
    logger: boltLogger(log),
    accessLog: accessLogger(log, 'slack'),
    rateLimiter: new RateLimiter(DEFAULT_RATE_LIMITS, () => Date.now()),
  };
}

/** A Web API that answers auth.test and accepts everything else: enough for Bolt to authorise. */
export async function fakeWebApi(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: true,
          team_id: 'T0BENCH',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
          url: 'https://x/',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * `answered`: each distinct question's answer (cyberviews) or top three (minisearch) computed once and
 * remembered, so the load test times the request path over HTTP without the core or the search (the
 * bench's `--load --answered`, a diagnostic: never how the app runs).
 */
async function main(kind: string, answered: boolean): Promise<void> {
  const { url: apiUrl } = await fakeWebApi();
  if (kind === 'noop' || kind === 'minisearch') {
    const app = yardstickApp(apiUrl);
    if (kind === 'noop') {
      app.command('/cyberviews', async ({ ack }) => {
        await ack();
      });
    } else {
      // The least a search-backed answer costs: plain minisearch's top three paragraphs, as plain text.
      const mini = plainMinisearch(createCyberviews().article.paragraphs, { storeText: true });
      const search = (text: string) =>
        mini
          .search(text)
          .slice(0, 3)
          .map((r) => String(r.text))
          .join('\n\n');
      if (answered) {
        const tops = new Map<string, string>();
        app.command('/cyberviews', async ({ ack, command }) => {
          let text = tops.get(command.text);
          if (text === undefined) {
            text = search(command.text);
            tops.set(command.text, text);
          }
          await ack({ response_type: 'ephemeral', text });
        });
      } else {
        app.command('/cyberviews', async ({ ack, command }) => {
          const top = mini.search(command.text).slice(0, 3);
          await ack({ response_type: 'ephemeral', text: top.map((r) => String(r.text)).join('\n\n') });
        });
      }
    }
    const server = (await app.start(0)) as { address(): AddressInfo };
    process.stdout.write(`${server.address().port}\n`);
    return;
  }
  // Logs as in production (one line per command), written where they cost the same but are not kept.
  const log = createLog({ level: 'info', destination: logStream('/dev/null') });
  const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-bench-'));
  const store = openSqliteStoreIn(dataDir);
  const digests = createChannelDigests({ store, now: () => Date.now(), zone: 'UTC' });
  const stop = () => {
    void store.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.removeAllListeners('SIGTERM');
  process.once('SIGTERM', stop);
  const core = createCyberviews();
  const app = createSlackApp(
    answered ? answeredBeforehand(core) : core,
    benchAppOptions(digests, apiUrl, log),
  );
  process.stdout.write(`${await app.start()}\n`);
}

// Run as a script (the load test spawns it), not when the in-process bench imports its helpers.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.once('SIGTERM', () => process.exit(0));
  main(process.argv[2] ?? 'real', process.argv.includes('--answered')).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
