// Secrets at rest: bot tokens (and whatever else an installation carries) are sealed with AES-256-GCM
// before they reach the database. Each sealed value names the key that sealed it, so a deployment can
// rotate keys: the new key seals, the previous ones still open, and `isCurrent` finds what to reseal.
//
// Format: `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts); the key id is the first 8 hex digits
// of the key's SHA-256, which names a key without revealing it. A context string (e.g. the workspace
// id) is bound in as associated data, so a sealed token copied onto another workspace's row won't open.

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key as TOKEN_ENCRYPTION_KEY holds it: 32 bytes written as 64 hexadecimal characters. */
export const KEY_PATTERN = /^[0-9a-f]{64}$/i;

export class SealedSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedSecretError';
  }
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function parseKey(hex: string, name: string): Buffer {
  if (!KEY_PATTERN.test(hex))
    throw new SealedSecretError(`${name} must be 64 hexadecimal characters (32 bytes).`);
  return Buffer.from(hex, 'hex');
}

export class TokenCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  /** The id of the key that seals; sealed values name it in their second part. */
  readonly keyId: string;

  private constructor(
    private readonly current: Buffer,
    previous: readonly Buffer[],
  ) {
    this.keyId = keyId(current);
    const keys = new Map<string, Buffer>();
    for (const key of previous) keys.set(keyId(key), key);
    keys.set(this.keyId, current);
    this.keys = keys;
  }

  /** From hex keys: `current` seals and opens, `previous` only open (for rotation). */
  static fromHex(current: string, previous: readonly string[] = []): TokenCipher {
    return new TokenCipher(
      parseKey(current, 'TOKEN_ENCRYPTION_KEY'),
      previous.map((key) => parseKey(key, 'TOKEN_ENCRYPTION_KEY_PREVIOUS')),
    );
  }

  /** Encrypts `plaintext` under the current key with a fresh random IV, bound to `context`. */
  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT, this.keyId, iv, tag, ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Decrypts a sealed value; throws SealedSecretError when its key is unknown or it was tampered with. */
  open(sealed: string, context: string): string {
    const [format, id, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (format !== FORMAT || id === undefined || !iv || !tag || ciphertext === undefined || rest.length > 0)
      throw new SealedSecretError('The stored secret is not in the v1 sealed format.');
    const key = this.keys.get(id);
    if (key === undefined)
      throw new SealedSecretError(
        `The stored secret was sealed with key ${id}, which is neither TOKEN_ENCRYPTION_KEY nor TOKEN_ENCRYPTION_KEY_PREVIOUS; set the key it was sealed with as TOKEN_ENCRYPTION_KEY_PREVIOUS.`,
      );
    try {
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SealedSecretError(
        `The stored secret (key ${id}) does not authenticate: it was altered, or belongs to another row.`,
      );
    }
  }

  /** Whether `sealed` was sealed with the current key (false: reseal it to finish a rotation). */
  isCurrent(sealed: string): boolean {
    return sealed.split('.')[1] === this.keyId;
  }
}
