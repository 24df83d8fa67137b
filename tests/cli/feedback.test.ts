// `cyberviews feedback`: votes given through the real Slack app land in the bot's database; the built CLI
// reads them from DATA_DIR, and its export is a question set the shared scorer accepts.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import { ackMessage } from '../fakes/slack/slack.js';
import { startHarness } from '../slack/harness.js';
import { button, type Message } from '../slack/messages.js';

const BIN = resolve('dist/adapters/cli/main.js');
const SCORER = resolve('../shared/eval/score.mjs');
let dataDir: string;
/** What the bot shows first for the question voted down most: what the report must name. */
const dnsFirst = createCyberviews().ask('Who runs the DNS?').passages[0];

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, DATA_DIR: dataDir, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-feedback-'));
  const store = openSqliteStoreIn(dataDir);
  const h = await startHarness(undefined, { feedback: store.feedback });
  try {
    const vote = async (question: string, label: '👍' | '👎', reason?: string) => {
      const answer: Message = ackMessage(
        await h.slack.command({ text: question, responseUrl: h.responses.url() }),
      );
      h.api.calls.clear();
      const responseUrl = h.responses.url();
      await h.slack.click({ ...button(answer, label), responseUrl, ephemeral: true });
      if (label === '👍') {
        await h.responses.first(responseUrl);
        return;
      }
      const view = (await h.api.waitFor('views.open')).body.view as Record<string, unknown>;
      await h.slack.viewSubmission(view, { reason: { reason: reason ?? '' } });
    };
    await vote('who runs the DNS', '👎', 'wanted who runs it today');
    await vote('Who runs the DNS?', '👎');
    await vote('what is cyber sovereignty', '👍');
    await vote('what is cyber sovereignty', '👎');
    await vote('why does China distrust the US', '👍');
  } finally {
    await h.stop();
    await store.close();
  }
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cyberviews feedback', () => {
  it('prints the questions most often voted down first, with what was shown and why', () => {
    const { code, stdout } = cli(['feedback']);
    expect(code).toBe(0);
    expect(stdout).toContain('5 votes kept: 2 helpful, 3 not helpful.');
    const lines = stdout.split('\n');
    const first = lines.findIndex((line) => line.includes('2 👎') && line.includes('Who runs the DNS?'));
    const second = lines.findIndex(
      (line) => line.includes('1 👎') && line.includes('what is cyber sovereignty'),
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines[first + 1]).toContain(`shown: ${dnsFirst?.id} (`);
    expect(lines[first + 1]).toContain(`¶${dnsFirst?.paragraph})`);
    expect(lines[first + 2]).toContain('why: wanted who runs it today');
  });

  it('--json gives the same, as one object', () => {
    const { code, stdout } = cli(['feedback', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ votes: 5, helpful: 2, unhelpful: 3, since: null });
    expect(report.questions[0]).toMatchObject({ question: 'Who runs the DNS?', down: 2, up: 0 });
    expect(report.questions[0].shown[0]).toMatchObject({ id: dnsFirst?.id, paragraph: dnsFirst?.paragraph });
  });

  it('--since DAYS counts only recent votes; a bad value says what to type', () => {
    expect(JSON.parse(cli(['feedback', '--json', '--since', '1']).stdout).votes).toBe(5);
    const bad = cli(['feedback', '--since', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since must be a whole number of days');
  });

  it('says where it looked when there is no database', () => {
    const { code, stderr } = cli(['feedback'], { DATA_DIR: join(dataDir, 'nowhere') });
    expect(code).toBe(1);
    expect(stderr).toContain('Set DATA_DIR');
  });
});

describe('cyberviews feedback --export', () => {
  it('writes each voted-down question once, as {id, q, gold: []}', () => {
    const { code, stdout } = cli(['feedback', '--export']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: 'feedback-who-runs-the-dns', q: 'Who runs the DNS?', gold: [] },
      { id: 'feedback-what-is-cyber-sovereignty', q: 'what is cyber sovereignty', gold: [] },
    ]);
  });

  it.skipIf(!existsSync(SCORER))(
    'is valid input for score.mjs ask, as exported and once gold is filled in',
    () => {
      const exported = JSON.parse(cli(['feedback', '--export']).stdout) as { q: string; gold: string[] }[];
      const file = join(dataDir, 'misses.json');
      const score = () =>
        spawnSync(process.execPath, [SCORER, 'ask', file, '--cmd', `"${process.execPath}" "${BIN}"`], {
          encoding: 'utf8',
          timeout: 60_000,
        });
      writeFileSync(file, JSON.stringify(exported));
      const asExported = score();
      expect(asExported.status).toBe(0);
      expect(asExported.stdout).not.toContain('FAILED');
      // A person fills in the gold: the scorer now measures the bot on these questions.
      const dns = exported.find((q) => q.q === 'Who runs the DNS?');
      if (dns) dns.gold = [dnsFirst?.text.slice(0, 80) ?? ''];
      writeFileSync(file, JSON.stringify(exported));
      const filled = score();
      expect(filled.status).toBe(0);
      expect(filled.stdout.trim().split('\n').at(-1)).toMatch(/hit1[ =:]+1(\.000)?\b/);
    },
  );
});
