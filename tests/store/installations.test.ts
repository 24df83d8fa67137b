// What only the SQLite file shows about Slack installations: the token never reaches the file in clear.
// Everything else installations do, on every database, is in contract.test.ts.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStoreIn } from '../../src/store/sqlite.js';
import { TokenCipher } from '../../src/store/token-cipher.js';

const KEY = '0f'.repeat(32);
const TOKEN = 'xoxb-1111-2222-abcdefghijklmnop';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-installations-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('Slack installations in the SQLite file', () => {
  it('never write the token in clear to the database file', async () => {
    const store = openSqliteStoreIn(dir);
    await store.installations.save({
      workspace: 'T0ALPHA',
      teamId: 'T0ALPHA',
      enterpriseId: null,
      enterpriseInstall: false,
      sealed: TokenCipher.fromHex(KEY).seal(TOKEN, 'T0ALPHA'),
      installedAt: 1000,
    });
    await store.close();
    const file = readFileSync(join(dir, DATABASE_FILE));
    expect(file.includes(Buffer.from('T0ALPHA'))).toBe(true);
    expect(file.includes(Buffer.from('xoxb-'))).toBe(false);
  });
});
