// Bolt's InstallationStore on the store's installations: an installation is sealed whole (bot token,
// and any user or refresh token) under the workspace it belongs to, keyed by the enterprise id of an
// org-wide install, else by the team id. No cache: every instance reads the row, so an uninstall on one
// instance is seen by all at once (a row read and an AES-GCM open cost microseconds).

import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Installations, TokenCipher } from '../../src/index.js';

/** What identifies an installation: Bolt's queries, and the context of a request or event. */
export interface WorkspaceIds {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | null | undefined;
  teamId?: string | null | undefined;
}

/** The installation's key: the enterprise id of an org-wide install, else the team id. */
export function workspaceKey(ids: WorkspaceIds): string | undefined {
  if (ids.isEnterpriseInstall === true && ids.enterpriseId) return ids.enterpriseId;
  return ids.teamId ?? undefined;
}

export class InstallationNotFound extends Error {
  constructor(workspace: string | undefined) {
    super(
      `Slack: no installation for workspace ${workspace ?? '(none named)'}; it must install the app at /slack/install.`,
    );
    this.name = 'InstallationNotFound';
  }
}

export interface SealedInstallationStore extends InstallationStore {
  /** The bot token of a workspace's installation, or undefined when it is not installed. */
  botToken(workspace: string): Promise<string | undefined>;
  /** Deletes a workspace's installation; false when it had none. */
  remove(workspace: string): Promise<boolean>;
}

export function sealedInstallationStore(
  installations: Installations,
  cipher: TokenCipher,
  now: () => number,
): SealedInstallationStore {
  const load = async (workspace: string | undefined): Promise<Installation | undefined> => {
    if (workspace === undefined) return undefined;
    const row = await installations.find(workspace);
    return row ? (JSON.parse(cipher.open(row.sealed, workspace)) as Installation) : undefined;
  };
  return {
    async storeInstallation(installation) {
      const workspace = workspaceKey({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      if (workspace === undefined)
        throw new Error('Slack: an installation with neither team nor enterprise id');
      await installations.save({
        workspace,
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        enterpriseInstall: installation.isEnterpriseInstall === true,
        sealed: cipher.seal(JSON.stringify(installation), workspace),
        installedAt: now(),
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const workspace = workspaceKey(query);
      const installation = await load(workspace);
      if (installation === undefined) throw new InstallationNotFound(workspace);
      return installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const workspace = workspaceKey(query);
      if (workspace !== undefined) await installations.remove(workspace);
    },
    remove: (workspace) => installations.remove(workspace),
    async botToken(workspace) {
      return (await load(workspace))?.bot?.token;
    },
  };
}
