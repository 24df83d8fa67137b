// Discord signs every request to the interactions endpoint with the application's Ed25519 key: the
// signature (X-Signature-Ed25519, hex) is over the timestamp header followed by the raw body. A request
// that fails this check is not from Discord; one whose timestamp is old is a replay. Both get 401.

import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** How old a signed timestamp may be before the request counts as replayed (and how far ahead, for skew). */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** The application's public key (the portal's hex string) as a key node:crypto can verify with. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new Error('DISCORD_PUBLIC_KEY must be the 64-character hexadecimal public key.');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

/** A checker for one application's key; `now` is the clock in milliseconds, injected for tests. */
export function signatureChecker(
  publicKeyHex: string,
  now: () => number = Date.now,
): (request: SignedRequest) => Verdict {
  const key = publicKeyFromHex(publicKeyHex);
  return ({ signature, timestamp, body }) => {
    if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
    if (!/^[0-9a-f]{128}$/i.test(signature)) return { ok: false, reason: 'malformed signature' };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
    const age = now() / 1000 - Number(timestamp);
    if (Math.abs(age) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: 'stale timestamp' };
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    return verify(null, signed, key, Buffer.from(signature, 'hex'))
      ? { ok: true }
      : { ok: false, reason: 'bad signature' };
  };
}
