// The gateway half of the loopback Discord, speaking gateway v10 in plain JSON (no compression):
// HELLO (op 10), IDENTIFY (op 2) → READY, heartbeats (op 1 → op 11), then dispatches on demand.

import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { FAKE_APPLICATION, FAKE_BOT_USER, FAKE_GUILD_ID } from './ids.js';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Hello: 10, HeartbeatAck: 11 } as const;

export interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGatewayOptions {
  token: string;
  /** How often the client is asked to heartbeat, in ms. */
  heartbeatInterval: number;
}

export interface FakeGateway {
  url: string;
  /** Query strings the clients connected with (v, encoding, compress). */
  connections: URLSearchParams[];
  /** Every payload the clients sent, in order. */
  received: GatewayPayload[];
  /** Sends a dispatch event to every identified session. */
  dispatch(event: string, data: unknown): void;
  close(): Promise<void>;
}

export async function startFakeGateway(options: FakeGatewayOptions): Promise<FakeGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  const connections: URLSearchParams[] = [];
  const received: GatewayPayload[] = [];
  const sessions = new Set<WebSocket>();
  let sequence = 0;

  const send = (socket: WebSocket, payload: GatewayPayload) => socket.send(JSON.stringify(payload));

  server.on('connection', (socket, request) => {
    connections.push(new URL(request.url ?? '/', url).searchParams);
    send(socket, { op: Op.Hello, d: { heartbeat_interval: options.heartbeatInterval }, s: null, t: null });
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as GatewayPayload;
      received.push(payload);
      if (payload.op === Op.Heartbeat) {
        send(socket, { op: Op.HeartbeatAck, s: null, t: null });
      } else if (payload.op === Op.Identify) {
        const identify = payload.d as { token?: string };
        if (identify.token !== options.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        sessions.add(socket);
        send(socket, {
          op: Op.Dispatch,
          t: 'READY',
          s: ++sequence,
          d: {
            v: 10,
            user: FAKE_BOT_USER,
            guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
            session_id: 'fake-session',
            resume_gateway_url: url,
            shard: [0, 1],
            application: { id: FAKE_APPLICATION.id, flags: FAKE_APPLICATION.flags },
          },
        });
      }
    });
    socket.on('close', () => sessions.delete(socket));
  });

  return {
    url,
    connections,
    received,
    dispatch(event, data) {
      for (const socket of sessions) send(socket, { op: Op.Dispatch, t: event, s: ++sequence, d: data });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
