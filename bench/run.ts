// `npm run bench`: the bot's speed, side by side with yardsticks, in one run. Index build, cold start to
// first answer (vs a bare Node start), per-question latency over the dev questions (vs plain minisearch
// over the same paragraphs), peak memory, and a loopback load test of signed slash commands against the
// real Bolt HTTP receiver (vs a do-nothing Bolt app and a Bolt app acking with plain minisearch's top three
// paragraphs, in alternating rounds), with the ratio to each, each app's CPU per request, and whether the
// target is met. `--quick` runs a small version (a smoke run); `--load` runs only the load test (to repeat
// it, e.g. under farm-bench; with `--answered`, each answer computed once beforehand, so it times the
// request path over HTTP without the core); `--core` everything but it; `--path` only the request path
// outside the core, in-process (bench/path.ts), steady enough to measure a change of a few microseconds a request.

import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createCyberviews } from '../src/index.js';
import { requestPath } from './path.js';
import { benchCommand } from './slack-server.js';
import { fmt, median, percentile, timed } from './stats.js';
import { plainMinisearch } from './yardstick.js';

const quick = process.argv.includes('--quick');
const loadOnly = process.argv.includes('--load');
const coreOnly = process.argv.includes('--core');
const pathOnly = process.argv.includes('--path');
/** `--load --answered`: the load test with answers computed beforehand (bench/slack-server.ts). */
const answered = process.argv.includes('--answered') ? ['--answered'] : [];
const here = dirname(fileURLToPath(import.meta.url));
const root = here.includes(join('dist', 'bench')) ? join(here, '..', '..') : join(here, '..');
const SECRET = '0123456789abcdef0123456789abcdef';

const plan = quick
  ? { builds: 2, coldStarts: 2, repeats: 2, connections: 4, requests: 200, rounds: 1 }
  : { builds: 10, coldStarts: 10, repeats: 30, connections: 16, requests: 4_000, rounds: 5 };

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(38)} ${value}\n`);
}

/** The dev questions: the shared set beside the project when present, the project's own otherwise. */
function questions(): { source: string; list: string[] } {
  const shared = join(root, '..', 'shared', 'eval', 'dev-questions.json');
  const path = existsSync(shared) ? shared : join(root, 'tests', 'eval', 'questions.json');
  const list = (JSON.parse(readFileSync(path, 'utf8')) as { q: string }[]).map((question) => question.q);
  return { source: path.startsWith(root) ? path.slice(root.length + 1) : path, list };
}

function indexBuild(): ReturnType<typeof createCyberviews> {
  const builds = Array.from({ length: plan.builds }, () => timed(() => createCyberviews()));
  line(
    'index build (createCyberviews)',
    `median ${fmt(median(builds.map((b) => b.ms)), 1)} over ${plan.builds}`,
  );
  const last = builds.at(-1);
  if (!last) throw new Error('no build');
  return last.value;
}

function coldStart(): void {
  const cli = join(root, 'dist', 'adapters', 'cli', 'main.js');
  const wall = (args: string[]) =>
    Array.from({ length: plan.coldStarts }, () => {
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
      if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
      return performance.now() - started;
    });
  const bare = median(wall(['-e', '']));
  const first = median(wall([cli, 'ask', '--json', 'what is cyber sovereignty']));
  line('cold start to first answer (CLI)', `median ${fmt(first, 1)} over ${plan.coldStarts}`);
  line('bare node start', `median ${fmt(bare, 1)}`);
  line('  cold start vs 2 x bare + 100 ms', `${fmt(first, 1)} vs ${fmt(2 * bare + 100, 1)}`);
}

function perQuestion(core: ReturnType<typeof createCyberviews>): void {
  const { source, list } = questions();
  const mini = plainMinisearch(core.article.paragraphs);
  // Warm both up once, so neither pays for first-call compilation in the figures.
  for (const q of list) {
    core.ask(q);
    mini.search(q);
  }
  const ours: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < plan.repeats; r++) {
    // Interleaved, question by question, so drift in machine speed hits both alike.
    for (const q of list) {
      ours.push(timed(() => core.ask(q)).ms);
      plain.push(timed(() => mini.search(q)).ms);
    }
  }
  const label = `${list.length} questions x ${plan.repeats} (${source})`;
  line(
    'per question, cyberviews ask',
    `p50 ${fmt(percentile(ours, 50))}  p99 ${fmt(percentile(ours, 99))}  ${label}`,
  );
  line(
    'per question, plain minisearch',
    `p50 ${fmt(percentile(plain, 50))}  p99 ${fmt(percentile(plain, 99))}`,
  );
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  line(
    '  ratio cyberviews / minisearch',
    `p50 ${(percentile(ours, 50) / percentile(plain, 50)).toFixed(2)}x  mean ${(mean(ours) / mean(plain)).toFixed(2)}x`,
  );
}

/**
 * The same comparison for questions met for the first time: a fresh index (its per-term tables and memos
 * empty) and a fresh minisearch, each question asked once. Code is already compiled by `perQuestion`.
 */
function firstAsk(): void {
  const { list } = questions();
  const ours: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < Math.max(1, plan.repeats / 6); r++) {
    const core = createCyberviews();
    const mini = plainMinisearch(core.article.paragraphs);
    for (const q of list) {
      ours.push(timed(() => core.ask(q)).ms);
      plain.push(timed(() => mini.search(q)).ms);
    }
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  line(
    'first ask on a fresh index, cyberviews',
    `p50 ${fmt(percentile(ours, 50))}  p99 ${fmt(percentile(ours, 99))}`,
  );
  line(
    'first search, plain minisearch',
    `p50 ${fmt(percentile(plain, 50))}  p99 ${fmt(percentile(plain, 99))}`,
  );
  line(
    '  ratio on first asks',
    `p50 ${(percentile(ours, 50) / percentile(plain, 50)).toFixed(2)}x  mean ${(sum(ours) / sum(plain)).toFixed(2)}x`,
  );
}

interface SlackServer {
  port: number;
  /** CPU seconds (user + system) the server's process has used so far; NaN where /proc is missing. */
  cpu(): number;
  stop(): void;
}

/** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** CPU seconds a process has used, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

/** Starts bench/slack-server in its own process; resolves with its port and a way to stop it. */
async function slackServer(kind: 'real' | 'noop' | 'minisearch'): Promise<SlackServer> {
  // `--profile DIR` writes a CPU profile of each app (node --cpu-prof) into DIR when it stops, as
  // real.cpuprofile, minisearch.cpuprofile and noop.cpuprofile: compare the cyberviews app with its yardsticks.
  const profile = process.argv.indexOf('--profile');
  const profileDir = profile > 0 ? process.argv[profile + 1] : undefined;
  const flags = profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${kind}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...flags, join(here, 'slack-server.js'), kind, ...answered], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`slack-server ${kind} exited with ${code}`)));
  });
  return { port, cpu: () => cpuSeconds(child.pid), stop: () => child.kill('SIGTERM') };
}

/** Where the real app's respond() posts answers: a loopback response_url that says 200. */
async function responseUrl(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/commands/T0BENCH/1/hook`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function load(port: number, hook: string, questionsToAsk: string[]) {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    connections: plan.connections,
    amount: plan.requests,
    timeout: 10,
    // A run notices it is done at its next sample: every 100 ms, not every second, so its duration is exact.
    sampleInt: 100,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest: (request) => {
          n += 1;
          const body = new URLSearchParams(
            benchCommand(n, questionsToAsk[n % questionsToAsk.length] ?? 'about', hook),
          ).toString();
          const timestamp = Math.floor(Date.now() / 1000);
          const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
          return {
            ...request,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': signature,
            },
            body,
          };
        },
      },
    ],
  });
}

type LoadResult = Awaited<ReturnType<typeof load>>;
/** The lean request path's target (issue #14): a share of the plain-minisearch Bolt app's throughput, and a p99 ack. */
const TARGET = { share: 0.8, p99Ms: 100 };
const KINDS = ['noop', 'minisearch', 'real'] as const;

async function loadTest(): Promise<void> {
  const { source, list } = questions();
  const hook = await responseUrl();
  const servers: Partial<Record<(typeof KINDS)[number], SlackServer>> = {};
  const rounds: Record<(typeof KINDS)[number], LoadResult[]> = { noop: [], minisearch: [], real: [] };
  // The server's CPU milliseconds per request in each round: unlike throughput, hardly moved by what else
  // the shared machine runs (it still counts a slower CPU, not time spent waiting for one).
  const cpu: Record<(typeof KINDS)[number], number[]> = { noop: [], minisearch: [], real: [] };
  try {
    for (const kind of KINDS) servers[kind] = await slackServer(kind);
    // Alternating rounds in one run: drift in the machine's speed hits the three apps alike. Round 0 warms up.
    for (let round = 0; round <= plan.rounds; round++) {
      for (const kind of round % 2 === 0 ? KINDS : [...KINDS].reverse()) {
        const server = servers[kind];
        if (!server) throw new Error(`no ${kind} server`);
        const before = server.cpu();
        const result = await load(server.port, hook.url, list);
        if (round === 0) continue;
        rounds[kind].push(result);
        cpu[kind].push((1000 * (server.cpu() - before)) / result.requests.total);
      }
    }
  } finally {
    for (const server of Object.values(servers)) server.stop();
    hook.close();
  }
  // Requests over the run's duration: autocannon's per-sample average would be quantised to its samples.
  const rate = (r: LoadResult) => r.requests.total / r.duration;
  const rates = (kind: (typeof KINDS)[number]) => rounds[kind].map(rate);
  const p99 = (kind: (typeof KINDS)[number]) => median(rounds[kind].map((r) => r.latency.p99));
  const p50 = (kind: (typeof KINDS)[number]) => median(rounds[kind].map((r) => r.latency.p50));
  const failed = (kind: (typeof KINDS)[number]) =>
    rounds[kind].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  const describe = (kind: (typeof KINDS)[number]) =>
    `${median(rates(kind)).toFixed(0).padStart(5)} req/s  ack p50 ${p50(kind)} ms  p99 ${p99(kind)} ms  CPU ${median(cpu[kind]).toFixed(2)} ms/req  (${failed(kind)} failed)`;
  const what = `median of ${plan.rounds} alternating rounds of ${plan.requests} signed /cyberviews, ${plan.connections} connections${answered.length > 0 ? ', answers computed beforehand (request path only, not the target)' : ''}`;
  process.stdout.write(`load: ${what}\n`);
  // Which questions: runs compare only on the same set (the shared dev set when beside the project).
  process.stdout.write(`load: ${list.length} questions from ${source}\n`);
  line('load: cyberviews Slack app', describe('real'));
  line('load: Bolt + plain minisearch top 3', describe('minisearch'));
  line('load: do-nothing Bolt app', describe('noop'));
  // Each round's ratio, then their median: the rounds ran side by side, so the ratio is the steadier figure.
  const share = (kind: (typeof KINDS)[number], of: (typeof KINDS)[number]) =>
    median(rounds[kind].map((r, i) => rate(r) / rate(rounds[of][i] ?? r)));
  const percent = (ratio: number) => `${(100 * ratio).toFixed(0)}%`;
  const ofMinisearch = share('real', 'minisearch');
  line(
    '  cyberviews / plain minisearch',
    `${percent(ofMinisearch)} of its throughput (target ${percent(TARGET.share)}), ack p99 ${p99('real')} ms (target ${TARGET.p99Ms} ms)`,
  );
  line('  cyberviews / do-nothing', percent(share('real', 'noop')));
  line('  plain minisearch / do-nothing', percent(share('minisearch', 'noop')));
  // What the throughput ratio would be with a core to each app: the inverse ratio of CPU per request.
  const cpuShare = median(cpu.real.map((ms, i) => (cpu.minisearch[i] ?? Number.NaN) / ms));
  line(
    '  cyberviews / minisearch, by CPU',
    `${percent(cpuShare)} (CPU per request, inverted: the throughput ratio with a core each)`,
  );
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  if (answered.length > 0) {
    line('  target', 'not judged: the answers were computed beforehand (--answered)');
    return;
  }
  line(
    '  target',
    `throughput ≥ ${percent(TARGET.share)} of plain minisearch ${verdict(ofMinisearch >= TARGET.share)}; ack p99 ≤ ${TARGET.p99Ms} ms ${verdict(p99('real') <= TARGET.p99Ms)}`,
  );
}

async function main(): Promise<void> {
  process.stdout.write(`cyberviews bench${quick ? ' (quick)' : ''} — Node ${process.version}\n`);
  if (loadOnly) {
    await loadTest();
    return;
  }
  if (pathOnly) {
    await requestPath(
      questions().list,
      quick ? { requests: 200, rounds: 2 } : { requests: 1_000, rounds: 20 },
      line,
    );
    return;
  }
  const core = indexBuild();
  coldStart();
  perQuestion(core);
  firstAsk();
  line('peak memory (this process)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB max RSS`);
  if (!coreOnly) await loadTest();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
