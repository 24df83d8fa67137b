// `npm run bench` must keep working: its quick form runs every measurement end to end and prints each figure.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the benchmark (quick form)', () => {
  it('prints index build, cold start, per-question p50/p99 side by side, memory and the load test', () => {
    const run = spawnSync(process.execPath, ['dist/bench/run.js', '--quick'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    for (const figure of [
      /index build .* median [\d.]+ ms/,
      /cold start to first answer .* median [\d.]+ ms/,
      /per question, cyberviews ask .* p50 [\d.]+ ms {2}p99 [\d.]+ ms/,
      /per question, plain minisearch .* p50 [\d.]+ ms {2}p99 [\d.]+ ms/,
      /ratio cyberviews \/ minisearch .* p50 [\d.]+x/,
      /peak memory .* \d+ MB/,
      /load: cyberviews Slack app .* req\/s .* p99 \d+ ms {2}\(200 ok, 0 failed\)/,
      /load: do-nothing Bolt app .* req\/s/,
      /throughput cyberviews \/ do-nothing +\d+%/,
    ]) {
      expect(run.stdout).toMatch(figure);
    }
  }, 60_000);
});
