// Embedded Postgres for the store's contract tests: PGlite (Postgres compiled to WebAssembly, in-process,
// no server) as a `SqlClient`, so the Postgres store runs the very statements it runs on a real server.

import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlResult } from '../../src/store/sql.js';

type Queryable = Pick<PGlite, 'query' | 'exec'> | Pick<Transaction, 'query' | 'exec'>;

async function run<Row>(on: Queryable, text: string, params: readonly unknown[]): Promise<SqlResult<Row>> {
  const result = await on.query<Row>(text, params as unknown[]);
  return {
    rows: result.rows,
    rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0),
  };
}

function over(on: Queryable, transaction: SqlClient['transaction']): SqlClient {
  return {
    query: (text, params = []) => run(on, text, params),
    exec: async (script) => {
      await on.exec(script);
    },
    transaction,
    close: async () => {},
  };
}

export class PgliteClient implements SqlClient {
  constructor(readonly db: PGlite) {}

  query<Row>(text: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
    return run<Row>(this.db, text, params);
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const client: SqlClient = over(tx, (inner) => inner(client));
      return work(client);
    });
  }

  /** The PGlite instance outlives a store in the tests (starting one takes seconds): closing is a no-op. */
  async close(): Promise<void> {}
}

let shared: Promise<PGlite> | undefined;

/** One PGlite per test file, emptied by `resetPglite` between tests. */
export function sharedPglite(): Promise<PGlite> {
  shared ??= PGlite.create();
  return shared;
}

/** Drops every table, so the next store starts from an empty database and migrates it. */
export async function resetPglite(db: PGlite): Promise<void> {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
}
