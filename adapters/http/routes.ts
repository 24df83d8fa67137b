// The HTTP routes the bot serves besides Slack's own (/slack/events): Discord's interactions endpoint
// and /healthz. The shape is Bolt's `CustomRoute`, so the same list can ride on Bolt's HTTP receiver when
// Slack runs in HTTP mode, or on the bot's own server (server.ts) when it does not.

import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Route {
  path: string;
  method: string;
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** The largest request body a route reads: Discord's interactions are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/** The raw request body (signatures are over the exact bytes), refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge(`request body over ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
