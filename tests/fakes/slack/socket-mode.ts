// A loopback fake of Slack's Socket Mode endpoint: greets with `hello`, pushes envelopes
// (slash_commands, events_api, interactive) and records the app's acknowledgements.

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { Recorder } from './recorder.js';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  readonly acks = new Recorder<SocketAck>();
  private readonly sockets = new Recorder<WebSocket>();

  private constructor(
    private readonly server: WebSocketServer,
    readonly url: string,
  ) {
    server.on('connection', (socket) => {
      socket.on('message', (data) => this.acks.push(JSON.parse(String(data)) as SocketAck));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'applink-fake', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0CYBERVIEWS' },
        }),
      );
      this.sockets.push(socket);
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    return new FakeSocketMode(server, `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=A0CYBERVIEWS`);
  }

  /** Pushes an envelope to the connected app; returns its envelope_id. */
  async push(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Record<string, unknown>,
  ): Promise<string> {
    const socket = await this.sockets.waitFor(() => true, 'a Socket Mode connection');
    const envelopeId = randomUUID();
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
      }),
    );
    return envelopeId;
  }

  ackFor(envelopeId: string): Promise<SocketAck> {
    return this.acks.waitFor((ack) => ack.envelope_id === envelopeId, `the ack of envelope ${envelopeId}`);
  }

  close(): Promise<void> {
    for (const socket of this.server.clients) socket.terminate();
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
