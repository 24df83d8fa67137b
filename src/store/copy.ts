// Moving an existing deployment to several instances: copies every row of the SQLite database into an
// empty Postgres one (ids kept, so slots and settings stay attached), in one transaction.

import type Database from 'better-sqlite3';
import type { SqlClient } from './sql.js';

/** Tables in the order their rows can be inserted (subscriptions before the slots that reference them). */
const TABLES = [
  'subscriptions',
  'digest_slots',
  'reading_progress',
  'question_log',
  'server_settings',
  'feedback',
  'threads',
  'slack_installations',
] as const;

/** Tables whose ids Postgres generates: after the copy, their identity continues past the copied ids. */
const IDENTITY = ['subscriptions', 'question_log', 'feedback'] as const;

export type CopyCounts = Record<(typeof TABLES)[number], number>;

export class TargetNotEmptyError extends Error {
  constructor(readonly table: string) {
    super(
      `The Postgres database already holds ${table}; copying would mix two deployments. Point DATABASE_URL at an empty database.`,
    );
    this.name = 'TargetNotEmptyError';
  }
}

/**
 * Copies `source` (a SQLite database at the latest migration) into `target` (a migrated, empty Postgres
 * database); throws `TargetNotEmptyError`, copying nothing, when the target has rows already.
 */
export async function copySqliteToPostgres(
  source: Database.Database,
  target: SqlClient,
): Promise<CopyCounts> {
  return target.transaction(async (tx) => {
    for (const table of TABLES) {
      const { rows } = await tx.query(`SELECT 1 FROM ${table} LIMIT 1`);
      if (rows.length > 0) throw new TargetNotEmptyError(table);
    }
    const counts = {} as CopyCounts;
    for (const table of TABLES) {
      const rows = source.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      for (const row of rows) {
        const columns = Object.keys(row);
        const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
        await tx.query(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders})`,
          columns.map((column) => row[column]),
        );
      }
      counts[table] = rows.length;
    }
    for (const table of IDENTITY) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT MAX(id) FROM ${table}), 0) + 1, false)`,
      );
    }
    return counts;
  });
}
