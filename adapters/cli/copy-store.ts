// `npm run db:copy`: moves an existing deployment's state from its SQLite file (DATA_DIR) into the empty
// Postgres database at DATABASE_URL, before starting several instances on it. Stop the bot first.

import 'dotenv/config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DATABASE_FILE, describeLocation } from '../../src/index.js';
import {
  copySqliteToPostgres,
  migrate,
  migratePostgres,
  PgPoolClient,
  TargetNotEmptyError,
} from '../../src/tools.js';
import { readConfig } from '../config.js';

async function main(): Promise<number> {
  const config = readConfig(process.env, 'npm run db:copy');
  if (config === undefined) return 78;
  const { dataDir, databaseUrl } = config.digest;
  if (databaseUrl === undefined) {
    console.error(
      'Set DATABASE_URL=postgres://… to the empty Postgres database to copy into, then run this again.',
    );
    return 64;
  }
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    console.error(`There is no SQLite database at ${file}: nothing to copy. Check DATA_DIR.`);
    return 66;
  }
  const source = new Database(file);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const target = new PgPoolClient(pool);
  try {
    migrate(source); // an older file is brought to the schema Postgres has
    await migratePostgres(target);
    const counts = await copySqliteToPostgres(source, target);
    const copied = Object.entries(counts).map(([table, rows]) => `${rows} ${table.replace('_', ' ')}`);
    console.log(`Copied ${copied.join(', ')} from ${file} to ${describeLocation(config.digest)}.`);
    return 0;
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      console.error(error.message);
      return 65;
    }
    console.error(
      `Copy failed, nothing was written: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL and that Postgres is reachable.`,
    );
    return 1;
  } finally {
    source.close();
    await pool.end();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('db:copy failed:', error instanceof Error ? error.message : String(error));
    process.exitCode = 70;
  },
);
