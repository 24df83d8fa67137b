// `--path`: what a slash command costs outside the core, in-process. The load test's figure is mostly the
// core's answer and the HTTP stack's, and moves by several points run to run on a shared machine; this
// one holds the rest of the request steady enough to see a few microseconds. Each app's Bolt
// `processEvent` runs the bench's signed-command bodies (already parsed, as Bolt's receiver hands them
// on): the cyberviews app as `npm start` builds it (guard, rate limits, access log, question log,
// rendering, the Block Kit body serialised as the receiver would) and the load test's plain-minisearch
// Bolt app. Both are given their answers computed beforehand, once per question, so neither the core nor
// minisearch is timed: this is a diagnostic of the request path, never an answer cache in the app.
// Alternating rounds in one process; CPU microseconds per request, medians.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import { createLog, logStream } from '../adapters/log.js';
import { createSlackApp } from '../adapters/slack/index.js';
import { createChannelDigests, createCyberviews } from '../src/index.js';
import { openSqliteStoreIn } from '../src/tools.js';
import { answeredBeforehand } from './answered.js';
import { benchAppOptions, benchCommand, fakeWebApi, yardstickApp } from './slack-server.js';
import { median } from './stats.js';
import { plainMinisearch } from './yardstick.js';

type Processes = Pick<App, 'processEvent'>;

/** CPU microseconds per request of the cyberviews app and of Bolt with plain minisearch, in-process. */
export async function requestPath(
  questions: readonly string[],
  plan: { requests: number; rounds: number },
  report: (label: string, value: string) => void,
): Promise<void> {
  const { url: apiUrl, close } = await fakeWebApi();
  const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-path-'));
  const store = openSqliteStoreIn(dataDir);
  try {
    const core = createCyberviews();
    const log = createLog({ level: 'info', destination: logStream('/dev/null') });
    const real = createSlackApp(
      answeredBeforehand(core),
      benchAppOptions(createChannelDigests({ store, now: () => Date.now(), zone: 'UTC' }), apiUrl, log),
    ).bolt;
    const minisearch = yardstickApp(apiUrl);
    const mini = plainMinisearch(core.article.paragraphs, { storeText: true });
    const tops = new Map<string, string>();
    minisearch.command('/cyberviews', async ({ ack, command }) => {
      let text = tops.get(command.text);
      if (text === undefined) {
        text = mini
          .search(command.text)
          .slice(0, 3)
          .map((r) => String(r.text))
          .join('\n\n');
        tops.set(command.text, text);
      }
      await ack({ response_type: 'ephemeral', text });
    });
    const apps: Record<'real' | 'minisearch', Processes> = { real, minisearch };
    let n = 0;
    // What the HTTP receiver's ack does with a body: serialise it (the socket write is not timed here).
    const ack = async (response?: unknown) => {
      if (response !== undefined) JSON.stringify(response);
    };
    const run = async (app: Processes) => {
      for (let i = 0; i < plan.requests; i++) {
        n += 1;
        const body = benchCommand(n, questions[n % questions.length] ?? 'about', 'http://127.0.0.1:9/hook');
        await app.processEvent({ body, ack });
        // Let timers run now and then (the question log's batched write), as they would between requests.
        if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const cpuUs = () => {
      const { user, system } = process.cpuUsage();
      return user + system;
    };
    const us: Record<'real' | 'minisearch', number[]> = { real: [], minisearch: [] };
    // Round 0 warms up (and fills the answers computed beforehand).
    for (let round = 0; round <= plan.rounds; round++) {
      const order = round % 2 === 0 ? (['real', 'minisearch'] as const) : (['minisearch', 'real'] as const);
      for (const kind of order) {
        const before = cpuUs();
        await run(apps[kind]);
        if (round > 0) us[kind].push((cpuUs() - before) / plan.requests);
      }
    }
    const real_ = median(us.real);
    const mini_ = median(us.minisearch);
    const what = `median of ${plan.rounds} alternating rounds of ${plan.requests}, answers computed beforehand`;
    process.stdout.write(`request path outside the core (in-process processEvent): ${what}\n`);
    report('path: cyberviews Slack app', `${real_.toFixed(1)} µs CPU a request`);
    report('path: Bolt + plain minisearch top 3', `${mini_.toFixed(1)} µs CPU a request`);
    report('  cyberviews - minisearch', `${(real_ - mini_).toFixed(1)} µs a request`);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    close();
  }
}
