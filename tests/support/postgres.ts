// A real Postgres for the tests that need one (several instances, real concurrency): TEST_DATABASE_URL,
// else a local server on 127.0.0.1:5432 if one answers (`.ci/run` starts one and sets the URL). Each test
// file works in its own schema, so files running in parallel never see each other's rows.

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PgPoolClient } from '../../src/store/postgres.js';

const LOCAL = 'postgres://cyberviews:cyberviews@127.0.0.1:5432/cyberviews_test';

/** The URL of a reachable Postgres, or undefined (with why) when there is none. */
export async function findPostgres(): Promise<{ url?: string; why: string }> {
  const url = process.env.TEST_DATABASE_URL ?? LOCAL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url, why: '' };
  } catch (error) {
    const source = process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : `the local default (${LOCAL})`;
    return { why: `no Postgres at ${source}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Under CI=true a missing Postgres fails the run; elsewhere the tests that need it are skipped, saying so. */
export function mustHavePostgres(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

export interface TestSchema {
  /** A new pool (one "instance") whose connections work in this schema. */
  client(max?: number): PgPoolClient;
  drop(): Promise<void>;
}

/** A fresh schema on the server at `url`; `drop` removes it and closes every pool made for it. */
export async function testSchema(url: string): Promise<TestSchema> {
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  const pools: pg.Pool[] = [];
  return {
    client(max = 4) {
      const pool = new pg.Pool({ connectionString: url, max, options: `-c search_path=${name}` });
      pool.on('error', () => {});
      pools.push(pool);
      return new PgPoolClient(pool);
    },
    async drop() {
      await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}
