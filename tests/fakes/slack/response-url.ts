// A loopback stand-in for Slack's response_url endpoints: each command or click gets its own URL,
// and everything posted to it (respond()) is recorded with its JSON body.

import type { Server } from 'node:http';
import { close, listen } from './http.js';
import { Recorder } from './recorder.js';

export interface PostedResponse {
  url: string;
  body: Record<string, unknown>;
}

export class ResponseUrlCollector {
  readonly responses = new Recorder<PostedResponse>();
  private next = 0;

  private constructor(
    private readonly server: Server,
    private readonly origin: string,
  ) {}

  static async start(): Promise<ResponseUrlCollector> {
    let collector: ResponseUrlCollector | undefined;
    const { server, origin } = await listen((req, raw, res) => {
      const url = `${origin}${req.url ?? ''}`;
      collector?.responses.push({
        url,
        body: raw.length > 0 ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    collector = new ResponseUrlCollector(server, origin);
    return collector;
  }

  /** A fresh response_url, as Slack mints one per command or interaction. */
  url(): string {
    this.next += 1;
    return `${this.origin}/commands/T0CYBER/${this.next}/hooks-${this.next}`;
  }

  /** The first message posted to `url`. */
  first(url: string): Promise<Record<string, unknown>> {
    return this.responses.waitFor((r) => r.url === url, `a response at ${url}`).then((r) => r.body);
  }

  all(url: string): Record<string, unknown>[] {
    return this.responses.items.filter((r) => r.url === url).map((r) => r.body);
  }

  close(): Promise<void> {
    return close(this.server);
  }
}
