// The REST half of the loopback Discord: the routes discord.js calls to log in, answer interactions
// and register commands. Every request is recorded so tests can assert on what users would see.

import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botMessage, FAKE_APPLICATION, FAKE_BOT_USER, type Snowflakes } from './ids.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/interactions/123/tok/callback". */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeRestOptions {
  token: string;
  /** Holds each interaction callback's response back until `releaseCallbacks()`, like a slow network. */
  holdCallbacks?: boolean;
  gatewayUrl: () => string;
  ids: Snowflakes;
  /** Channels where POST /channels/:id/messages answers 403 Missing Access (the bot was removed). */
  forbiddenChannels?: Set<string>;
}

export interface FakeRest {
  url: string;
  /** The value for discord.js's `rest.api` option (discord.js appends /v10). */
  apiUrl: string;
  requests: RecordedRequest[];
  events: EventEmitter;
  /** Lets held interaction callbacks (see `holdCallbacks`) be answered, now and from now on. */
  releaseCallbacks(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A message as Discord returns it after a webhook create or edit. */
function messageFrom(ids: Snowflakes, body: unknown, channelId = '0'): Record<string, unknown> {
  const data = (body ?? {}) as Record<string, unknown>;
  return botMessage(data, { id: ids.next(), channel_id: channelId, webhook_id: FAKE_APPLICATION.id });
}

export async function startFakeRest(options: FakeRestOptions): Promise<FakeRest> {
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  const authorised = (req: IncomingMessage) => req.headers.authorization === `Bot ${options.token}`;
  let releaseCallbacks = () => {};
  const released = options.holdCallbacks
    ? new Promise<void>((resolve) => {
        releaseCallbacks = resolve;
      })
    : Promise.resolve();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      const method = req.method ?? 'GET';
      const path = url.pathname.replace(/^\/api\/v10/, '');
      const recorded: RecordedRequest = {
        method,
        path,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body,
      };
      requests.push(recorded);
      events.emit('request', recorded);
      if (!url.pathname.startsWith('/api/v10/'))
        return send(res, 404, { message: '404: Not Found', code: 0 });

      const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
      if (method === 'POST' && callback) {
        await released;
        if (url.searchParams.get('with_response') === 'true') {
          return send(res, 200, {
            interaction: { id: callback[1], type: 2 },
            resource: {
              type: (body as { type?: number })?.type,
              message: messageFrom(options.ids, (body as { data?: unknown })?.data),
            },
          });
        }
        return send(res, 204);
      }
      if (
        /^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(path) &&
        (method === 'POST' || method === 'PATCH')
      ) {
        return send(res, 200, messageFrom(options.ids, body));
      }

      // Everything below needs the bot token, as on Discord.
      if (!authorised(req)) return send(res, 401, { message: '401: Unauthorized', code: 0 });
      if (method === 'GET' && path === '/gateway/bot') {
        return send(res, 200, {
          url: options.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        });
      }
      if (method === 'GET' && path === '/gateway') return send(res, 200, { url: options.gatewayUrl() });
      if (method === 'GET' && path === '/users/@me') return send(res, 200, FAKE_BOT_USER);
      if (method === 'GET' && path === '/applications/@me') return send(res, 200, FAKE_APPLICATION);
      const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
      if (method === 'PUT' && commands && Array.isArray(body)) {
        return send(
          res,
          200,
          body.map((command: Record<string, unknown>) => ({
            ...command,
            id: options.ids.next(),
            application_id: commands[1],
            ...(commands[2] ? { guild_id: commands[2] } : {}),
            version: options.ids.next(),
            default_member_permissions: null,
          })),
        );
      }
      const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
      if (method === 'POST' && channelMessages?.[1]) {
        // Channels the bot cannot see answer as Discord does: 403 Missing Access (code 50001).
        if (options.forbiddenChannels?.has(channelMessages[1]))
          return send(res, 403, { message: 'Missing Access', code: 50001 });
        return send(res, 200, messageFrom(options.ids, body, channelMessages[1]));
      }
      return send(res, 404, { message: '404: Not Found', code: 0 });
    })().catch((error: unknown) => send(res, 500, { message: String(error), code: 0 }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    requests,
    events,
    releaseCallbacks: () => releaseCallbacks(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
