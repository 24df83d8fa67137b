// Discord's side of the HTTP interactions endpoint: an application key pair made for the test, and
// interactions POSTed over loopback with X-Signature-Ed25519 / X-Signature-Timestamp as Discord signs them.

import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export interface AppKeys {
  /** The public key as the Developer Portal shows it: 64 hex digits. */
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function appKeys(): AppKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

/** The signature Discord would send for `body` at `timestamp` (seconds, as a string). */
export function signatureFor(privateKey: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
}

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sign with this key instead (a forger's). */
  signWith?: KeyObject;
  /** Headers to leave out. */
  omit?: ('x-signature-ed25519' | 'x-signature-timestamp')[];
  /** Body sent instead of the one signed (tampering in transit). */
  tamperedBody?: string;
}

export interface EndpointResponse {
  status: number;
  body: Record<string, unknown> & { type?: number; data?: Record<string, unknown> };
}

/** POSTs `payload` to the endpoint at `url`, signed with `keys` unless told otherwise. */
export async function postSigned(
  url: string,
  keys: AppKeys,
  payload: unknown,
  options: SendOptions = {},
): Promise<EndpointResponse> {
  const body = JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-signature-ed25519': signatureFor(options.signWith ?? keys.privateKey, timestamp, body),
    'x-signature-timestamp': timestamp,
  };
  for (const name of options.omit ?? []) delete headers[name];
  const response = await fetch(url, { method: 'POST', headers, body: options.tamperedBody ?? body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}
