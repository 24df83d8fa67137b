// Slack installations (OAuth mode): one row per workspace the app is installed in, so any instance can
// answer for any workspace. The installation itself (bot token included) is stored only sealed (see
// token-cipher.ts); the columns beside it are the ids needed to find it. Written once over the store's
// `SqlClient`, so on Postgres every instance sees every install and uninstall (SQLite migration 6,
// Postgres 4).

import { type SqlClient, toNumber } from './sql.js';
import { SealedSecretError, type TokenCipher } from './token-cipher.js';

export interface InstallationRow {
  /** The installation's key: the enterprise id of an org-wide install, else the team (workspace) id. */
  workspace: string;
  teamId: string | null;
  enterpriseId: string | null;
  enterpriseInstall: boolean;
  /** The whole installation as JSON, sealed with the workspace as its context. */
  sealed: string;
  installedAt: number;
}

export interface Installations {
  /** Adds or replaces (a reinstall) the workspace's installation. */
  save(row: InstallationRow): Promise<void>;
  find(workspace: string): Promise<InstallationRow | undefined>;
  /** Deletes the workspace's installation; false when there was none (a repeated uninstall event). */
  remove(workspace: string): Promise<boolean>;
  all(): Promise<InstallationRow[]>;
  /** Replaces the sealed value only if it is still `previous` (a reinstall meanwhile wins). */
  reseal(workspace: string, previous: string, sealed: string): Promise<boolean>;
}

interface Row {
  workspace: string;
  team_id: string | null;
  enterprise_id: string | null;
  enterprise_install: unknown;
  sealed: string;
  installed_at: unknown;
}

function toRow(row: Row): InstallationRow {
  return {
    workspace: row.workspace,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    enterpriseInstall: toNumber(row.enterprise_install) === 1,
    sealed: row.sealed,
    installedAt: toNumber(row.installed_at),
  };
}

const COLUMNS = 'workspace, team_id, enterprise_id, enterprise_install, sealed, installed_at';

/** Installations on the store's database (SQLite or Postgres), written once over its `SqlClient`. */
export class SqlInstallations implements Installations {
  constructor(private readonly sql: SqlClient) {}

  async save(row: InstallationRow): Promise<void> {
    await this.sql.query(
      `INSERT INTO slack_installations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         enterprise_install = excluded.enterprise_install, sealed = excluded.sealed,
         installed_at = excluded.installed_at`,
      [
        row.workspace,
        row.teamId,
        row.enterpriseId,
        row.enterpriseInstall ? 1 : 0,
        row.sealed,
        row.installedAt,
      ],
    );
  }

  async find(workspace: string): Promise<InstallationRow | undefined> {
    const { rows } = await this.sql.query<Row>(
      `SELECT ${COLUMNS} FROM slack_installations WHERE workspace = $1`,
      [workspace],
    );
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async remove(workspace: string): Promise<boolean> {
    const result = await this.sql.query('DELETE FROM slack_installations WHERE workspace = $1', [workspace]);
    return result.rowCount > 0;
  }

  async all(): Promise<InstallationRow[]> {
    const { rows } = await this.sql.query<Row>(
      `SELECT ${COLUMNS} FROM slack_installations ORDER BY workspace`,
    );
    return rows.map(toRow);
  }

  async reseal(workspace: string, previous: string, sealed: string): Promise<boolean> {
    const result = await this.sql.query(
      'UPDATE slack_installations SET sealed = $1 WHERE workspace = $2 AND sealed = $3',
      [sealed, workspace, previous],
    );
    return result.rowCount > 0;
  }
}

export interface Resealed {
  /** How many installations were resealed under the current key. */
  resealed: number;
  /** Workspaces whose installation no key opens, and why (a key is missing, or they must reinstall). */
  unreadable: { workspace: string; reason: string }[];
}

/**
 * Reseals every installation sealed with an older key under the current one (the end of a key rotation).
 * Safe to run on several instances at once: each reseal is a compare-and-set.
 */
export async function resealInstallations(
  installations: Installations,
  cipher: TokenCipher,
): Promise<Resealed> {
  const result: Resealed = { resealed: 0, unreadable: [] };
  for (const row of await installations.all()) {
    if (cipher.isCurrent(row.sealed)) continue;
    let plaintext: string;
    try {
      plaintext = cipher.open(row.sealed, row.workspace);
    } catch (error) {
      if (!(error instanceof SealedSecretError)) throw error;
      result.unreadable.push({ workspace: row.workspace, reason: error.message });
      continue;
    }
    if (await installations.reseal(row.workspace, row.sealed, cipher.seal(plaintext, row.workspace)))
      result.resealed += 1;
  }
  return result;
}
