// SQLite, the embedded default: one file under DATA_DIR (better-sqlite3), migrated on open with its
// `user_version`. better-sqlite3 is synchronous; this adapter gives it the store's asynchronous
// `SqlClient` shape and keeps a transaction's statements together: while one runs, other statements wait.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { QuestionLogOptions } from './question-log.js';
import type { SqlClient, SqlResult } from './sql.js';
import { SqlStore } from './sql-store.js';
import { DATABASE_FILE } from './store.js';
import type { Store } from './types.js';

export { DATABASE_FILE };

/** Runs the migrations the database has not seen yet; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}

/** A statement with `$1`-style parameters, as better-sqlite3 runs it: named ones (`@p1`). */
interface Prepared {
  statement: Database.Statement;
  /** The parameter numbers the text refers to (`$2` is 2), in order. */
  numbers: number[];
}

/** `$1`-style parameters as better-sqlite3's named ones (`@p1`), and the numbers referred to. */
function rewrite(text: string): { text: string; numbers: number[] } {
  const numbers: number[] = [];
  const rewritten = text.replace(/\$(\d+)/g, (_, n: string) => {
    numbers.push(Number(n));
    return `@p${n}`;
  });
  return { text: rewritten, numbers };
}

/** The values bound to a statement's named parameters: booleans as 0/1, undefined as NULL. */
function bind(numbers: readonly number[], params: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const n of numbers) {
    const value = params[n - 1];
    values[`p${n}`] = typeof value === 'boolean' ? Number(value) : (value ?? null);
  }
  return values;
}

class SqliteClient implements SqlClient {
  /** Settles when the transaction in progress (if any) has ended. */
  private idle: Promise<unknown> = Promise.resolve();

  /**
   * Statements prepared once per SQL text, with their parameters read once: the store's statements are
   * a fixed set, run again and again (the question log's insert for every question asked).
   */
  private readonly statements = new Map<string, Prepared>();

  constructor(readonly db: Database.Database) {}

  async query<Row>(text: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
    await this.idle;
    return this.run<Row>(text, params);
  }

  async exec(script: string): Promise<void> {
    await this.idle;
    this.db.exec(script);
  }

  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const done = this.idle.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.inTransaction());
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
    this.idle = done.catch(() => {});
    return done;
  }

  async close(): Promise<void> {
    await this.idle;
    if (this.db.open) this.db.close();
  }

  /** A client for statements inside the open transaction: they run at once, not after it. */
  private inTransaction(): SqlClient {
    return {
      query: async <Row>(text: string, params: readonly unknown[] = []) => this.run<Row>(text, params),
      exec: async (script: string) => {
        this.db.exec(script);
      },
      transaction: (work) => work(this.inTransaction()),
      close: async () => {},
    };
  }

  private run<Row>(text: string, params: readonly unknown[]): SqlResult<Row> {
    let prepared = this.statements.get(text);
    if (prepared === undefined) {
      const { text: sql, numbers } = rewrite(text);
      prepared = { statement: this.db.prepare(sql), numbers };
      this.statements.set(text, prepared);
    }
    const { statement, numbers } = prepared;
    const values = bind(numbers, params);
    if (statement.reader) {
      const rows = statement.all(values) as Row[];
      return { rows, rowCount: rows.length };
    }
    return { rows: [], rowCount: statement.run(values).changes };
  }
}

/**
 * Opens (creating if needed) `file`, migrating it; throws when it cannot be opened or written (read-only).
 * `questionLog` says how questions are batched (by default written within a second, off the request path).
 */
export function openSqliteStore(file: string, questionLog: Partial<QuestionLogOptions> = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    migrate(db);
    // SQLite opens a file it cannot write read-only without a word, and only the first write fails:
    // one harmless write now makes a read-only file or directory fail here, at start-up, instead.
    db.pragma(`user_version = ${db.pragma('user_version', { simple: true }) as number}`);
  } catch (error) {
    db.close();
    throw error;
  }
  const client = new SqliteClient(db);
  return new SqlStore(client, {
    kind: 'sqlite',
    schemaVersion: async () => db.pragma('user_version', { simple: true }) as number,
    questionLog,
  });
}

/** The database file inside DATA_DIR. */
export function openSqliteStoreIn(dataDir: string, questionLog: Partial<QuestionLogOptions> = {}): Store {
  return openSqliteStore(join(dataDir, DATABASE_FILE), questionLog);
}
