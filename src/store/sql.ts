// The little SQL the store needs from a database driver: run one statement with `$1`-style parameters,
// run a script, and run a function inside a transaction. better-sqlite3, pg's Pool and PGlite each get a
// small adapter to this, so the store's queries are written once.

export interface SqlResult<Row> {
  rows: Row[];
  /** Rows returned, or rows changed by a statement that returns none. */
  rowCount: number;
}

export interface SqlClient {
  /** One statement; parameters are `$1`, `$2`, … in both dialects. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
  /** A script of several statements, without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A column SQLite returns as a number and Postgres (BIGINT) as a string or bigint. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}
