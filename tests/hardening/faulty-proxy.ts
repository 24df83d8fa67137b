// A loopback HTTP proxy that puts faults in front of a fake (Slack's Web API, Discord's REST): answers
// chosen requests with a 5xx, a 429 with Retry-After, or never; forwards everything else unchanged.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultResponse =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Holds the request open without answering, until the proxy closes. */
  | { kind: 'hang' };

export interface Fault {
  /** Which requests to spoil, e.g. /chat\.postMessage$/ or /\/callback$/. */
  path: RegExp;
  response: FaultResponse;
  /** How many matching requests to spoil; every one when omitted. */
  times?: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  /** performance.now() when the request arrived. */
  at: number;
  /** The status the client got; 0 when the proxy hung it. */
  status: number;
}

export interface FaultyProxy {
  /** The proxy's origin, e.g. http://127.0.0.1:PORT (paths are passed through). */
  origin: string;
  requests: ProxiedRequest[];
  inject(fault: Fault): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export async function startFaultyProxy(targetOrigin: string): Promise<FaultyProxy> {
  const faults: (Fault & { left: number })[] = [];
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/';
      const body = await read(req);
      const record: ProxiedRequest = { method: req.method ?? 'GET', path, at: performance.now(), status: 0 };
      requests.push(record);
      const fault = faults.find((f) => f.left > 0 && f.path.test(path.replace(/\?.*$/, '')));
      if (fault) {
        fault.left -= 1;
        if (fault.response.kind === 'hang') return;
        record.status = fault.response.status;
        res.writeHead(fault.response.status, {
          'content-type': 'application/json',
          ...fault.response.headers,
        });
        res.end(fault.response.body ?? JSON.stringify({ message: 'injected fault', code: 0 }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) {
        if (!HOP_BY_HOP.has(key) && typeof value === 'string') headers[key] = value;
      }
      const method = req.method ?? 'GET';
      const upstream = await fetch(`${targetOrigin}${path}`, {
        method,
        headers,
        // A Uint8Array over its own ArrayBuffer: fetch's BodyInit does not take a Buffer, whose memory
        // may be a SharedArrayBuffer.
        ...(method !== 'GET' && method !== 'HEAD' && body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      record.status = upstream.status;
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, key) => {
        if (!HOP_BY_HOP.has(key) && key !== 'content-encoding') out[key] = value;
      });
      res.writeHead(upstream.status, out);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
