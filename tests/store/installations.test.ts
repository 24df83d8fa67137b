// Slack installations in the store: one per workspace, sealed, found again by any instance on the same
// database, removed once however often an uninstall arrives, and resealed at the end of a key rotation.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type InstallationRow,
  resealInstallations,
  SqliteInstallations,
} from '../../src/store/installations.js';
import { DATABASE_FILE, Store } from '../../src/store/store.js';
import { TokenCipher } from '../../src/store/token-cipher.js';

const KEY = '0f'.repeat(32);
const NEW_KEY = 'a1'.repeat(32);
const TOKEN = 'xoxb-1111-2222-abcdefghijklmnop';

let dir: string;
let stores: Store[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-installations-'));
  stores = [];
});
afterEach(() => {
  for (const store of stores) store.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): SqliteInstallations {
  const store = Store.openIn(dir);
  stores.push(store);
  return new SqliteInstallations(store.database);
}

function row(workspace: string, sealed: string, installedAt = 1000): InstallationRow {
  return { workspace, teamId: workspace, enterpriseId: null, enterpriseInstall: false, sealed, installedAt };
}

describe('SqliteInstallations', () => {
  it('keeps one installation per workspace; a reinstall replaces it', async () => {
    const installations = open();
    const cipher = TokenCipher.fromHex(KEY);
    await installations.save(row('T0ALPHA', cipher.seal('first', 'T0ALPHA')));
    await installations.save(row('T0ALPHA', cipher.seal('second', 'T0ALPHA'), 2000));
    const found = await installations.find('T0ALPHA');
    expect(found?.installedAt).toBe(2000);
    expect(cipher.open(found?.sealed ?? '', 'T0ALPHA')).toBe('second');
    expect(await installations.all()).toHaveLength(1);
  });

  it('is shared by every instance on the database', async () => {
    const cipher = TokenCipher.fromHex(KEY);
    await open().save(row('T0ALPHA', cipher.seal(TOKEN, 'T0ALPHA')));
    const found = await open().find('T0ALPHA');
    expect(cipher.open(found?.sealed ?? '', 'T0ALPHA')).toBe(TOKEN);
  });

  it('never writes the token in clear to the database file', async () => {
    const installations = open();
    await installations.save(row('T0ALPHA', TokenCipher.fromHex(KEY).seal(TOKEN, 'T0ALPHA')));
    for (const store of stores.splice(0)) store.close();
    const file = readFileSync(join(dir, DATABASE_FILE));
    expect(file.includes(Buffer.from('T0ALPHA'))).toBe(true);
    expect(file.includes(Buffer.from('xoxb-'))).toBe(false);
  });

  it('removes an installation once: a repeated uninstall finds nothing', async () => {
    const installations = open();
    await installations.save(row('T0ALPHA', 'sealed'));
    expect(await installations.remove('T0ALPHA')).toBe(true);
    expect(await installations.remove('T0ALPHA')).toBe(false);
    expect(await installations.find('T0ALPHA')).toBeUndefined();
  });
});

describe('resealInstallations (key rotation)', () => {
  it('reseals what an older key sealed under the current key, and leaves the rest', async () => {
    const installations = open();
    const old = TokenCipher.fromHex(KEY);
    await installations.save(row('T0ALPHA', old.seal('alpha-token', 'T0ALPHA')));
    const rotated = TokenCipher.fromHex(NEW_KEY, [KEY]);
    await installations.save(row('T0BRAVO', rotated.seal('bravo-token', 'T0BRAVO')));

    expect(await resealInstallations(installations, rotated)).toEqual({ resealed: 1, unreadable: [] });
    const rows = await installations.all();
    expect(rows.every((r) => rotated.isCurrent(r.sealed))).toBe(true);
    const newOnly = TokenCipher.fromHex(NEW_KEY);
    expect(rows.map((r) => newOnly.open(r.sealed, r.workspace))).toEqual(['alpha-token', 'bravo-token']);
    expect((await resealInstallations(installations, rotated)).resealed).toBe(0);
  });

  it('names the installations no key opens, and reseals the others', async () => {
    const installations = open();
    await installations.save(row('T0ALPHA', TokenCipher.fromHex('77'.repeat(32)).seal('lost', 'T0ALPHA')));
    await installations.save(row('T0BRAVO', TokenCipher.fromHex(KEY).seal('bravo-token', 'T0BRAVO')));
    const result = await resealInstallations(installations, TokenCipher.fromHex(NEW_KEY, [KEY]));
    expect(result.resealed).toBe(1);
    expect(result.unreadable.map((u) => u.workspace)).toEqual(['T0ALPHA']);
    expect(result.unreadable[0]?.reason).toMatch(/TOKEN_ENCRYPTION_KEY_PREVIOUS/);
  });

  it('does not overwrite an installation replaced while it was resealing', async () => {
    const installations = open();
    const rotated = TokenCipher.fromHex(NEW_KEY, [KEY]);
    const stale = TokenCipher.fromHex(KEY).seal('old-token', 'T0ALPHA');
    await installations.save(row('T0ALPHA', rotated.seal('reinstalled-token', 'T0ALPHA')));
    expect(await installations.reseal('T0ALPHA', stale, rotated.seal('old-token', 'T0ALPHA'))).toBe(false);
    const found = await installations.find('T0ALPHA');
    expect(rotated.open(found?.sealed ?? '', 'T0ALPHA')).toBe('reinstalled-token');
  });
});
