// scripts/try-instances.sh, the README's "try it locally": two built instances on one Postgres, answering
// Discord interactions signed with the key pair the script made (scripts/try-ask.mjs), and stopped on
// Ctrl-C. The Postgres run uses TEST_DATABASE_URL (in a schema of its own, through TRY_DATABASE_URL);
// without a server it is skipped, saying so, except under CI=true.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { watch } from '../support/child.js';
import { findPostgres, mustHavePostgres } from '../support/postgres.js';

const run = promisify(execFile);
const SCRIPT = 'scripts/try-instances.sh';
const server = await findPostgres();
if (server.url === undefined && !mustHavePostgres())
  console.warn(`try-instances end-to-end test skipped: ${server.why}. Set TEST_DATABASE_URL to run it.`);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyberviews-try-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A loopback port nothing listens on right now. */
async function freePort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  await new Promise((resolve) => listener.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Resolves with everything printed so far once `pattern` appears; rejects if the script exits first. */
function until(child: ChildProcess, output: { text: string }, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(output.text)) resolve(output.text);
    };
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', check);
    child.once('exit', (code) =>
      reject(new Error(`script exited ${code} before ${pattern}:\n${output.text}`)),
    );
    check();
  });
}

describe('scripts/try-instances.sh', () => {
  it('prints the one apt-get line and installs nothing when Postgres is missing', async () => {
    // A PATH with the few tools the script needs before it looks for Postgres, and no pg_lsclusters.
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    for (const tool of ['dirname', 'mkdir', 'ls', 'sort', 'tail']) {
      const found = (await run('bash', ['-c', `command -v ${tool}`])).stdout.trim();
      symlinkSync(found, join(bin, tool));
    }
    const failure = await run('/bin/bash', [SCRIPT], {
      env: { PATH: bin, TRY_DIR: join(tempDir(), 'try') },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 69 });
    expect((failure as { stderr: string }).stderr).toContain('apt-get install -y postgresql');
  });

  it('refuses an unknown option', async () => {
    const failure = await run('bash', [SCRIPT, '--bogus']).catch((error: { code: number }) => error);
    expect(failure).toMatchObject({ code: 64 });
  });

  it.skipIf(server.url === undefined && !mustHavePostgres())(
    'starts two instances on one Postgres, both healthy and answering a signed ask, and stops them on Ctrl-C',
    async () => {
      const url = server.url;
      if (url === undefined) throw new Error(`CI=true but ${server.why}`);
      const schema = `try_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      cleanups.push(async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      });
      const databaseUrl = new URL(url);
      databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
      const ports = [await freePort(), await freePort()];
      const dir = join(tempDir(), 'try');
      const env = { ...process.env, TRY_DIR: dir, TRY_PORTS: ports.join(' '), TRY_WAIT_SECONDS: '20' };
      const child = spawn('bash', [SCRIPT], {
        env: { ...env, TRY_DATABASE_URL: databaseUrl.toString() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const { output, exited } = watch(child, cleanups);

      const ready = await until(child, output, /^Ready\./m);
      for (const port of ports) expect(ready).toContain(`http://127.0.0.1:${port}/healthz`);
      for (const port of ports) expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const asked = await run('node', ['scripts/try-ask.mjs', ...ports.map(String)], { env });
      for (const port of ports)
        expect(asked.stdout).toContain(
          `port ${port}: PING → 200 {"type":1}; ask "what is cyber sovereignty" → 200`,
        );
      expect(asked.stdout.match(/cyber sovereignty/gi)?.length).toBeGreaterThanOrEqual(2);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output.text).toContain('Stopped both instances.');
      for (const port of ports) await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    },
    60_000,
  );
});
