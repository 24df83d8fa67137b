// The built bot started (as `npm start` does) on a database it cannot write: a read-only file, or a
// DATA_DIR it may not write in. It still answers questions; subscription commands say digests are
// unavailable. Permissions bind only unprivileged users, so under root the bot runs as `nobody`, from a
// copy of the built bot that user can read (the checkout itself may sit in a private directory).

import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, Store } from '../../src/store/store.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { ackMessage, SlackSender } from '../fakes/slack/slack.js';
import { FakeSlackApi } from '../fakes/slack/web-api.js';
import { CITED } from '../support/cited.js';
import { copyRuntime, type RuntimeCopy } from './runtime-copy.js';
import { readable, SIGNING_SECRET, startBuiltBot } from './support.js';

const NOBODY = 65_534;
const asRoot = process.getuid?.() === 0;

let runtime: RuntimeCopy | undefined;
// Copying and deleting the production node_modules is file-system bound: on a loaded machine it took
// 8 s and 24.5 s (load average 9), past the 20 s hook default; the tests themselves are unaffected.
const COPY_TIMEOUT_MS = 120_000;
beforeAll(() => {
  if (asRoot) runtime = copyRuntime();
}, COPY_TIMEOUT_MS);
afterAll(() => runtime?.remove(), COPY_TIMEOUT_MS);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A DATA_DIR owned by the user the bot runs as, with an up-to-date database in it when `withFile`. */
function dataDir(withFile: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyberviews-readonly-'));
  cleanups.push(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  if (withFile) Store.openIn(dir).close();
  if (asRoot) {
    chownSync(dir, NOBODY, NOBODY);
    if (withFile) chownSync(join(dir, DATABASE_FILE), NOBODY, NOBODY);
  }
  return dir;
}

async function startBot(dir: string) {
  const api = await FakeSlackApi.start();
  const responses = await ResponseUrlCollector.start();
  cleanups.push(
    () => api.close(),
    () => responses.close(),
  );
  const { child, output, exited, port } = await startBuiltBot({
    apiUrl: api.url,
    dataDir: dir,
    ...(runtime && { cwd: runtime.dir, user: { uid: NOBODY, gid: NOBODY } }),
    cleanups,
  });
  const slack = new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
  const say = async (text: string) =>
    readable(ackMessage(await slack.command({ text, responseUrl: responses.url() })));
  return { say, output, exited, child };
}

describe.each([
  {
    what: 'a read-only database file',
    prepare: () => {
      const dir = dataDir(true);
      chmodSync(join(dir, DATABASE_FILE), 0o444);
      return dir;
    },
  },
  {
    what: 'a DATA_DIR it may not write in, with the database inside',
    prepare: () => {
      const dir = dataDir(true);
      chmodSync(dir, 0o555);
      return dir;
    },
  },
  {
    what: 'a DATA_DIR it may not write in, and no database yet',
    prepare: () => {
      const dir = dataDir(false);
      chmodSync(dir, 0o555);
      return dir;
    },
  },
])('node dist/adapters/main.js on $what', ({ prepare }) => {
  it('answers questions, says digests are unavailable, explains why in the log, and stops cleanly', async () => {
    const bot = await startBot(prepare());
    expect(await bot.say('what is cyber sovereignty')).toMatch(CITED);
    for (const line of ['subscribe daily 09:00', 'subscriptions', 'unsubscribe'])
      expect(await bot.say(line)).toMatch(/Scheduled digests are unavailable/);
    expect(await bot.say('digest')).toMatch(/section by section.*¶\d+/);
    expect(bot.output.text).toMatch(/cannot open the database/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 30_000);
});
