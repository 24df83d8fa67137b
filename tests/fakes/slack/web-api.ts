// A loopback fake of Slack's Web API: answers what the app calls (auth.test, chat.*, views.*, users.info) the way
// Slack does, and records every call with its parsed body so tests can see what users would see.

import type { Server } from 'node:http';
import { close, listen, sendJson } from './http.js';
import { Recorder } from './recorder.js';

export interface ApiCall {
  method: string;
  token: string | undefined;
  /** Form fields, with the JSON-valued ones (blocks, attachments, view) parsed. */
  body: Record<string, unknown>;
  /** What the fake answered (e.g. the ts of a posted message). */
  response?: Record<string, unknown>;
}

export const BOT = { userId: 'U0BOTCYBER', botId: 'B0BOTCYBER', teamId: 'T0CYBER', token: 'xoxb-test-token' };

/** A workspace the app is installed in, as the Web API knows it: its bot token and ids. */
export interface FakeWorkspace {
  teamId: string;
  teamName: string;
  token: string;
  botUserId: string;
  botId: string;
}

const SINGLE: FakeWorkspace = {
  teamId: BOT.teamId,
  teamName: 'Cyberviews Test',
  token: BOT.token,
  botUserId: BOT.userId,
  botId: BOT.botId,
};

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw.length > 0 ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return body;
}

export class FakeSlackApi {
  readonly calls = new Recorder<ApiCall>();
  private ts = 1_700_000_000;
  private failures = new Map<string, string>();
  /** Users users.info reports as workspace admins (scope users:read); everyone else is a member. */
  readonly admins = new Set<string>();
  /** What apps.connections.open hands out: the fake Socket Mode server's URL, when a test runs one. */
  socketModeUrl: string | undefined;
  /** Valid bot tokens and their workspaces (the single-workspace token from the start). */
  private readonly tokens = new Map<string, FakeWorkspace>([[SINGLE.token, SINGLE]]);
  /** OAuth codes Slack handed a browser after consent, each exchangeable once. */
  private readonly codes = new Map<string, FakeWorkspace>();
  private readonly revoked = new Set<string>();
  /** The app's client credentials, as oauth.v2.access checks them. */
  client = { id: '1111.2222', secret: 'test-client-secret' };

  private constructor(
    private readonly server: Server,
    /** Base URL as Bolt's WebClient wants it, trailing slash included. */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    let api: FakeSlackApi | undefined;
    const { server, origin } = await listen((req, raw, res) => {
      api?.handle(req.url ?? '', req.headers['content-type'], req.headers.authorization, raw, res);
    });
    api = new FakeSlackApi(server, `${origin}/api/`);
    return api;
  }

  /** Makes the next call to `method` answer `{ ok: false, error }`, as Slack does for e.g. not_in_channel. */
  failNext(method: string, error: string): void {
    this.failures.set(method, error);
  }

  /** The first call to `method` (optionally matching), waiting for it if needed. */
  waitFor(method: string, match: (call: ApiCall) => boolean = () => true): Promise<ApiCall> {
    return this.calls.waitFor((call) => call.method === method && match(call), `a ${method} call`);
  }

  /** What Slack does when someone approves the install: `code` now exchanges for `workspace`'s bot token. */
  grant(code: string, workspace: FakeWorkspace): void {
    this.codes.set(code, workspace);
  }

  /** A workspace that installed the app earlier: its bot token is valid from now on. */
  installed(workspace: FakeWorkspace): void {
    this.tokens.set(workspace.token, workspace);
  }

  /** Revokes a bot token (as an uninstall does): calls with it answer token_revoked from now on. */
  revoke(token: string): void {
    this.tokens.delete(token);
    this.revoked.add(token);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.items.filter((call) => call.method === method);
  }

  close(): Promise<void> {
    return close(this.server);
  }

  private handle(
    path: string,
    contentType: string | undefined,
    authorization: string | undefined,
    raw: string,
    res: import('node:http').ServerResponse,
  ): void {
    const method = path.replace(/^\/api\//, '').replace(/\?.*$/, '');
    const body = parseBody(contentType, raw);
    const token =
      authorization?.replace(/^Bearer /, '') ?? (typeof body.token === 'string' ? body.token : undefined);
    const call: ApiCall = { method, token, body };
    this.calls.push(call);
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      sendJson(res, 200, { ok: false, error: failure });
      return;
    }
    if (method === 'apps.connections.open') {
      const ok = token?.startsWith('xapp-') === true && this.socketModeUrl !== undefined;
      sendJson(res, 200, ok ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'invalid_auth' });
      return;
    }
    if (method === 'oauth.v2.access') {
      sendJson(res, 200, this.exchange(body));
      return;
    }
    const workspace = token === undefined ? undefined : this.tokens.get(token);
    if (workspace === undefined) {
      const revoked = token !== undefined && this.revoked.has(token);
      sendJson(res, 200, { ok: false, error: revoked ? 'token_revoked' : 'invalid_auth' });
      return;
    }
    call.response = this.answer(method, body, workspace);
    sendJson(res, 200, call.response);
  }

  /** oauth.v2.access: a granted code, once, with the app's own client id and secret. */
  private exchange(body: Record<string, unknown>): Record<string, unknown> {
    if (body.client_id !== this.client.id || body.client_secret !== this.client.secret)
      return { ok: false, error: 'invalid_client_id' };
    const workspace = this.codes.get(String(body.code ?? ''));
    if (workspace === undefined) return { ok: false, error: 'invalid_code' };
    this.codes.delete(String(body.code));
    this.tokens.set(workspace.token, workspace);
    return {
      ok: true,
      app_id: 'A0CYBERVIEWS',
      authed_user: { id: 'U0INSTALLR' },
      scope: 'commands,chat:write,chat:write.public,app_mentions:read,im:history,im:read,im:write,users:read',
      token_type: 'bot',
      access_token: workspace.token,
      bot_user_id: workspace.botUserId,
      team: { id: workspace.teamId, name: workspace.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  private answer(
    method: string,
    body: Record<string, unknown>,
    workspace: FakeWorkspace,
  ): Record<string, unknown> {
    this.ts += 1;
    const ts = `${this.ts}.000100`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://cyberviews-test.slack.com/',
          team: workspace.teamName,
          user: 'cyberviews',
          team_id: workspace.teamId,
          user_id: workspace.botUserId,
          bot_id: workspace.botId,
          is_enterprise_install: false,
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: { ...body, type: 'message', ts, bot_id: workspace.botId },
        };
      case 'conversations.history': {
        // What the bot posted in the channel, newest first; message metadata only when asked for.
        const all = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const messages = this.calls.items
          .filter((call) => call.method === 'chat.postMessage' && call.body.channel === body.channel)
          .map(({ body: posted }, i) => {
            const { metadata, ...rest } = posted;
            return {
              ...rest,
              type: 'message',
              ts: `${1_600_000_000 + i}.000100`,
              bot_id: workspace.botId,
              ...(all && metadata !== undefined && { metadata }),
            };
          })
          .reverse();
        return { ok: true, messages, has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'users.info': {
        const id = String(body.user ?? '');
        if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
        const admin = this.admins.has(id);
        return {
          ok: true,
          user: { id, team_id: workspace.teamId, is_admin: admin, is_owner: false, is_bot: false },
        };
      }
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${this.ts}`, ...(body.view as Record<string, unknown>) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
