// Postgres, for several instances on one database (DATABASE_URL=postgres://…). The store's queries run
// over any `SqlClient`: `pg`'s Pool here, PGlite in the tests. Migrations run under an advisory lock, so
// instances starting at the same moment migrate once, one after the other.

import pg from 'pg';
import { type Migration, POSTGRES_MIGRATIONS } from './migrations.js';
import type { QuestionLogOptions } from './question-log.js';
import { type SqlClient, type SqlResult, toNumber } from './sql.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './types.js';

/** The advisory lock key every cyberviews instance takes while migrating ("cyberviews" in ASCII, truncated). */
export const MIGRATION_LOCK = 0x6379_6265_7276;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/**
 * Runs the migrations the database has not seen yet, each in its own transaction holding the advisory
 * lock (`pg_advisory_xact_lock`, released at commit); returns the versions applied.
 */
export async function migratePostgres(
  client: SqlClient,
  migrations: readonly Migration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(CREATE_MIGRATIONS_TABLE);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rowCount > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

async function schemaVersion(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ version: unknown }>(
    'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
  );
  return toNumber(rows[0]?.version ?? 0);
}

/** Migrates the database behind `client`, then the store over it. */
export async function openPostgresStore(
  client: SqlClient,
  questionLog: Partial<QuestionLogOptions> = {},
): Promise<Store> {
  await migratePostgres(client);
  return new SqlStore(client, { kind: 'postgres', schemaVersion: () => schemaVersion(client), questionLog });
}

type Queryable = Pick<pg.PoolClient, 'query'>;

async function run<Row>(on: Queryable, text: string, params: readonly unknown[]): Promise<SqlResult<Row>> {
  const result = await on.query(text, params as unknown[]);
  return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
}

/** `pg`'s Pool as a `SqlClient`: a transaction holds one pooled connection from BEGIN to COMMIT. */
export class PgPoolClient implements SqlClient {
  constructor(readonly pool: pg.Pool) {}

  query<Row>(text: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
    return run<Row>(this.pool, text, params);
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    const tx: SqlClient = {
      query: <Row>(text: string, params: readonly unknown[] = []) => run<Row>(connection, text, params),
      exec: async (script) => {
        await connection.query(script);
      },
      transaction: (inner) => inner(tx),
      close: async () => {},
    };
    try {
      await connection.query('BEGIN');
      const result = await work(tx);
      await connection.query('COMMIT');
      connection.release();
      return result;
    } catch (error) {
      // A connection whose rollback failed may be broken: destroy it rather than hand it out again.
      const broken = await connection.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      connection.release(broken);
      throw error;
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export interface PostgresOptions {
  /** Most connections this instance opens (pg's default is 10). */
  max?: number;
  /** Called when an idle pooled connection fails (the database restarted); the pool replaces it. */
  onError?: (error: Error) => void;
}

/** A pool on `url` (postgres://user:password@host:port/database), migrated, and the store over it. */
export async function connectPostgresStore(
  url: string,
  questionLog: Partial<QuestionLogOptions> = {},
  options: PostgresOptions = {},
): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  // Without a listener, an idle connection's error would crash the process.
  pool.on('error', (error) => options.onError?.(error));
  const client = new PgPoolClient(pool);
  try {
    return await openPostgresStore(client, questionLog);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}
