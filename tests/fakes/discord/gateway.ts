// The gateway half of the loopback Discord, speaking gateway v10 in plain JSON (no compression):
// HELLO (op 10), IDENTIFY (op 2) → READY, heartbeats (op 1 → op 11), then dispatches on demand.

import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { FAKE_APPLICATION, FAKE_BOT_USER, FAKE_CHANNEL_ID, FAKE_GUILD_ID } from './ids.js';

/** The Guilds intent (1 << 0): with it, Discord follows READY with a GUILD_CREATE per server. */
const GUILDS_INTENT = 1;

/** The fake server as GUILD_CREATE describes it: one text channel. */
function guildCreate(): Record<string, unknown> {
  return {
    id: FAKE_GUILD_ID,
    name: 'Policy Reading Group',
    icon: null,
    owner_id: '1100000000000000009',
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date(0).toISOString(),
    features: [],
    roles: [
      {
        id: FAKE_GUILD_ID,
        name: '@everyone',
        permissions: '2248473465835073',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: [
      {
        id: FAKE_CHANNEL_ID,
        type: 0,
        name: 'policy-reading',
        position: 0,
        permission_overwrites: [],
        flags: 0,
      },
    ],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: 'en-US',
    premium_tier: 0,
    system_channel_flags: 0,
    nsfw_level: 0,
  };
}

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
  /** The intents the last client identified with. */
  intents(): number | undefined;
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
        const identify = payload.d as { token?: string; intents?: number };
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
        if (((identify.intents ?? 0) & GUILDS_INTENT) !== 0) {
          send(socket, { op: Op.Dispatch, t: 'GUILD_CREATE', s: ++sequence, d: guildCreate() });
        }
      }
    });
    socket.on('close', () => sessions.delete(socket));
  });

  return {
    url,
    connections,
    received,
    intents: () =>
      (received.filter((p) => p.op === Op.Identify).at(-1)?.d as { intents?: number } | undefined)?.intents,
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
