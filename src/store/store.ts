// The one door to persistence: `openStore` picks the database (Postgres when DATABASE_URL says
// postgres://…, else the embedded SQLite file under DATA_DIR) and returns the same `Store` either way.
// Each driver is loaded only when chosen, so SQLite users never load `pg` and answering loads neither.

import type { QuestionLogOptions } from './question-log.js';

export type { FeedbackStore } from './feedback.js';
export type { InstallationRow, Installations } from './installations.js';
export type { ThreadKey, ThreadMemory, ThreadStore } from './threads.js';
export type {
  LoggedQuestion,
  QuestionLine,
  ReadingAdvance,
  ServerSettings,
  ServerSettingsRecord,
  SlotClaim,
  SlotClaimRequest,
  Store,
  SubscriptionRecord,
  SubscriptionSpec,
} from './types.js';

import type { Store } from './types.js';

/** The embedded database's file name under DATA_DIR. */
export const DATABASE_FILE = 'cyberviews.sqlite';

export interface StoreLocation {
  /** DATABASE_URL: a postgres:// URL; unset for SQLite. */
  databaseUrl?: string | undefined;
  /** DATA_DIR: where the SQLite file lives. */
  dataDir: string;
}

/** Opens and migrates the configured database; throws (with the driver's reason) when it cannot. */
export async function openStore(
  location: StoreLocation,
  questionLog: Partial<QuestionLogOptions> = {},
): Promise<Store> {
  if (location.databaseUrl) {
    const { connectPostgresStore } = await import('./postgres.js');
    return connectPostgresStore(location.databaseUrl, questionLog, {
      onError: (error) => questionLog.onError?.('a database connection failed', error),
    });
  }
  const { openSqliteStoreIn } = await import('./sqlite.js');
  return openSqliteStoreIn(location.dataDir, questionLog);
}

/** Where the store lives, for log lines: never the URL itself (it may hold a password). */
export function describeLocation(location: StoreLocation): string {
  if (!location.databaseUrl) return `the SQLite file in ${location.dataDir}`;
  try {
    const url = new URL(location.databaseUrl);
    return `Postgres at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'Postgres (DATABASE_URL)';
  }
}
