// The bot's own HTTP server on PORT, for when Bolt's receiver is not listening there (Slack absent or in
// Socket Mode): the routes, and a JSON 404 for anything else.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Route, sendJson } from './routes.js';

export interface HttpServer {
  /** The port it listens on (the one asked for, or the free one picked for 0). */
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on `port` (all interfaces unless `host` says otherwise) and serves `routes`. */
export async function startHttpServer(
  routes: readonly Route[],
  port: number,
  host?: string,
): Promise<HttpServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) return route.handler(req, res);
    const known = routes.some((r) => r.path === path);
    sendJson(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
