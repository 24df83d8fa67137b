// Tokens at rest: AES-256-GCM with a random IV per value, bound to its row, naming the key that sealed it.

import { describe, expect, it } from 'vitest';
import { SealedSecretError, TokenCipher } from '../../src/store/token-cipher.js';

const KEY = '0f'.repeat(32);
const OTHER = 'a1'.repeat(32);
const TOKEN = 'xoxb-1111-2222-abcdefghijklmnop';

describe('TokenCipher', () => {
  it('opens what it sealed, and the sealed text does not contain the token', () => {
    const cipher = TokenCipher.fromHex(KEY);
    const sealed = cipher.seal(TOKEN, 'T0ALPHA');
    expect(sealed).not.toContain(TOKEN);
    expect(sealed).not.toContain('xoxb');
    expect(cipher.open(sealed, 'T0ALPHA')).toBe(TOKEN);
  });

  it('uses a fresh IV each time: sealing the same token twice gives different text', () => {
    const cipher = TokenCipher.fromHex(KEY);
    const [a, b] = [cipher.seal(TOKEN, 'T0ALPHA'), cipher.seal(TOKEN, 'T0ALPHA')];
    expect(a).not.toBe(b);
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
    expect(Buffer.from(a.split('.')[2] ?? '', 'base64url')).toHaveLength(12);
  });

  it('names its key: v1.<key id>.<iv>.<tag>.<ciphertext>, with a 16-byte tag', () => {
    const cipher = TokenCipher.fromHex(KEY);
    const parts = cipher.seal(TOKEN, 'T0ALPHA').split('.');
    expect(parts).toHaveLength(5);
    expect(parts[0]).toBe('v1');
    expect(parts[1]).toBe(cipher.keyId);
    expect(Buffer.from(parts[3] ?? '', 'base64url')).toHaveLength(16);
    expect(cipher.keyId).not.toBe(TokenCipher.fromHex(OTHER).keyId);
  });

  it('refuses a value moved to another row (the workspace is authenticated with it)', () => {
    const cipher = TokenCipher.fromHex(KEY);
    const sealed = cipher.seal(TOKEN, 'T0ALPHA');
    expect(() => cipher.open(sealed, 'T0BRAVO')).toThrow(SealedSecretError);
  });

  it('refuses a tampered value', () => {
    const cipher = TokenCipher.fromHex(KEY);
    const parts = cipher.seal(TOKEN, 'T0ALPHA').split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'T0ALPHA')).toThrow(/does not authenticate/);
  });

  it('opens values sealed with a previous key, and says which values still need resealing', () => {
    const old = TokenCipher.fromHex(OTHER);
    const sealedOld = old.seal(TOKEN, 'T0ALPHA');
    const rotated = TokenCipher.fromHex(KEY, [OTHER]);
    expect(rotated.open(sealedOld, 'T0ALPHA')).toBe(TOKEN);
    expect(rotated.isCurrent(sealedOld)).toBe(false);
    expect(rotated.isCurrent(rotated.seal(TOKEN, 'T0ALPHA'))).toBe(true);
  });

  it('says which key to set when it meets a value sealed with a key it does not have', () => {
    const sealedOld = TokenCipher.fromHex(OTHER).seal(TOKEN, 'T0ALPHA');
    expect(() => TokenCipher.fromHex(KEY).open(sealedOld, 'T0ALPHA')).toThrow(
      /TOKEN_ENCRYPTION_KEY_PREVIOUS/,
    );
  });

  it('accepts only 32-byte keys written in hex', () => {
    expect(() => TokenCipher.fromHex('abc')).toThrow(/64 hexadecimal characters/);
    expect(() => TokenCipher.fromHex(KEY, ['zz'.repeat(32)])).toThrow(/TOKEN_ENCRYPTION_KEY_PREVIOUS/);
  });
});
