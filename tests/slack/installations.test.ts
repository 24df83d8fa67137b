// Bolt's InstallationStore on the sealed store: an org-wide (Enterprise Grid) install is found by its
// enterprise id from any of its workspaces, any other by its team id; a workspace that never installed
// is refused with what to do; the row holds nothing readable but the ids.

import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  InstallationNotFound,
  sealedInstallationStore,
  workspaceKey,
} from '../../adapters/slack/installations.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { TokenCipher } from '../../src/store/token-cipher.js';

const KEY = '4b'.repeat(32);
let store: Store;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

function bolt() {
  const rows = store.installations;
  return { rows, installations: sealedInstallationStore(rows, TokenCipher.fromHex(KEY), () => 5000) };
}

const teamInstall = {
  team: { id: 'T0TEAM001', name: 'Team' },
  enterprise: undefined,
  user: { id: 'U0INSTALLR', token: undefined, scopes: undefined },
  bot: { id: 'B0TEAM001', userId: 'U0BOTTEAM', token: 'xoxb-team-token-0001', scopes: ['commands'] },
  isEnterpriseInstall: false,
  authVersion: 'v2',
} as Installation<'v2', false>;

const orgInstall = {
  team: undefined,
  enterprise: { id: 'E0ORG0001', name: 'Org' },
  user: { id: 'U0INSTALLR', token: undefined, scopes: undefined },
  bot: { id: 'B0ORG0001', userId: 'U0BOTORG', token: 'xoxb-org-token-0002', scopes: ['commands'] },
  isEnterpriseInstall: true,
  authVersion: 'v2',
} as Installation<'v2', true>;

describe('workspaceKey', () => {
  it('is the enterprise id of an org-wide install, else the team id', () => {
    expect(workspaceKey({ isEnterpriseInstall: true, enterpriseId: 'E0ORG0001', teamId: 'T0IN0RG01' })).toBe(
      'E0ORG0001',
    );
    expect(workspaceKey({ isEnterpriseInstall: false, enterpriseId: 'E0ORG0001', teamId: 'T0IN0RG01' })).toBe(
      'T0IN0RG01',
    );
    expect(workspaceKey({})).toBeUndefined();
  });
});

describe('sealedInstallationStore', () => {
  it('stores a workspace install under its team id, and gives it back whole', async () => {
    const { rows, installations } = bolt();
    await installations.storeInstallation(teamInstall);
    const [row] = await rows.all();
    expect(row).toMatchObject({ workspace: 'T0TEAM001', teamId: 'T0TEAM001', enterpriseInstall: false });
    expect(row?.sealed).not.toContain('xoxb-');
    const query = { teamId: 'T0TEAM001', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect(await installations.fetchInstallation(query)).toEqual(teamInstall);
    expect(await installations.botToken('T0TEAM001')).toBe('xoxb-team-token-0001');
  });

  it('finds an org-wide install from any workspace of the enterprise', async () => {
    const { rows, installations } = bolt();
    await installations.storeInstallation(orgInstall);
    expect((await rows.all()).map((row) => [row.workspace, row.enterpriseInstall])).toEqual([
      ['E0ORG0001', true],
    ]);
    const fromAWorkspace = { teamId: 'T0IN0RG01', enterpriseId: 'E0ORG0001', isEnterpriseInstall: true };
    const found = await installations.fetchInstallation(fromAWorkspace);
    expect(found.bot?.token).toBe('xoxb-org-token-0002');
  });

  it('refuses a workspace that never installed, saying where to install', async () => {
    const { installations } = bolt();
    const query = { teamId: 'T0NOBODY1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    await expect(installations.fetchInstallation(query)).rejects.toThrow(InstallationNotFound);
    await expect(installations.fetchInstallation(query)).rejects.toThrow(
      /install the app at \/slack\/install/,
    );
    expect(await installations.botToken('T0NOBODY1')).toBeUndefined();
  });

  it('deletes through deleteInstallation and remove alike', async () => {
    const { rows, installations } = bolt();
    await installations.storeInstallation(teamInstall);
    await installations.storeInstallation(orgInstall);
    await installations.deleteInstallation?.({
      teamId: 'T0TEAM001',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(await installations.remove('E0ORG0001')).toBe(true);
    expect(await installations.remove('E0ORG0001')).toBe(false);
    expect(await rows.all()).toEqual([]);
  });
});
