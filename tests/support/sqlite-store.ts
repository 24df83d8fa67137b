// A real SQLite store in a temporary directory, and a read-only look at its rows (what a test checks the
// database itself holds, e.g. that no column keeps who voted).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

export interface TestSqliteStore {
  store: Store;
  dataDir: string;
  /** Rows of a query, read on a connection of its own. */
  rows(sql: string): Record<string, unknown>[];
  /** Closes the store and deletes its directory. */
  remove(): Promise<void>;
}

export function testSqliteStore(): TestSqliteStore {
  const dataDir = mkdtempSync(join(tmpdir(), 'cyberviews-test-store-'));
  const store = openSqliteStoreIn(dataDir, { delayMs: 0 });
  return {
    store,
    dataDir,
    rows(sql) {
      const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async remove() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
