// The app's one global Bolt middleware: reads who sent which command out of Slack's payloads and how to
// refuse one on Slack, for the shared guard (adapters/guard.ts: rate limits, the access log), then hands
// what it lets through to the router (./listeners/dispatch.ts).

import type { AnyMiddlewareArgs, App, Middleware, webApi } from '@slack/bolt';
import { type Caller, type Command, type Logger, parseCommand, type RateLimiter } from '../../src/index.js';
import { guarded } from '../guard.js';
import type { Router } from './listeners/dispatch.js';
import { notice } from './render/blocks.js';
import { plainText } from './render/escape.js';

/** What came in, as far as limits and logs care: its kind, the core command or button, who and where. */
interface Incoming {
  kind: 'command' | 'mention' | 'dm' | 'button';
  command: string;
  /** A typed line, as plain text and parsed: parsed once here, read again by the handler (`typedLine`). */
  line?: TypedLine;
  caller: Caller;
  /** Where a refusal goes for mentions and DMs (commands and buttons answer through ack/respond). */
  channel?: string;
  thread?: string;
}

/** A line a person typed, as the core reads it, and what it parses to. */
export interface TypedLine {
  text: string;
  command: Command;
}

function typed(slackText: string): TypedLine {
  const text = plainText(slackText);
  return { text, command: parseCommand(text) };
}

/**
 * The line the guard already parsed for this request (Bolt's per-request context carries it to the
 * handler), or the line parsed now when no guard ran.
 */
export function typedLine(context: Record<string, unknown>, slackText: string): TypedLine {
  const line = context[LINE] as TypedLine | undefined;
  return line ?? typed(slackText);
}

const LINE = 'cyberviewsLine';

type Body = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const record = (value: unknown): Body => (typeof value === 'object' && value !== null ? (value as Body) : {});

/**
 * The commands a person sent; undefined for everything else (our own messages, edits, other events).
 * `botUserId` is the app's own user: its events are dropped by Bolt's `ignoreSelf` in the router,
 * so the guard neither counts nor logs them.
 */
function incoming(body: Body, botUserId: unknown): Incoming | undefined {
  if (typeof body.command === 'string') {
    const channel = text(body.channel_id);
    const line = typed(text(body.text));
    return {
      kind: 'command',
      command: line.command.kind,
      line,
      caller: { user: text(body.user_id), ...(channel && { channel }) },
    };
  }
  if (body.type === 'block_actions') {
    const action = record((body.actions as unknown[] | undefined)?.[0]);
    const channel = text(record(body.channel).id) || text(record(body.container).channel_id);
    return {
      kind: 'button',
      command: text(action.action_id)
        .replace(/^cyberviews_/, '')
        .replace(/:.*$/, ''),
      caller: { user: text(record(body.user).id), ...(channel && { channel }) },
    };
  }
  const event = record(body.event);
  const user = text(event.user);
  if (
    body.type !== 'event_callback' ||
    user === '' ||
    user === botUserId ||
    'bot_id' in event ||
    event.subtype !== undefined
  ) {
    return undefined;
  }
  const isMention = event.type === 'app_mention';
  if (!isMention && !(event.type === 'message' && event.channel_type === 'im')) return undefined;
  const channel = text(event.channel);
  const thread = text(event.thread_ts) || (isMention ? text(event.ts) : '');
  const line = typed(text(event.text));
  return {
    kind: isMention ? 'mention' : 'dm',
    command: line.command.kind,
    line,
    caller: { user, channel },
    channel,
    ...(thread && { thread }),
  };
}

/** Tells a rate-limited user to slow down, where they will see it, visible to them alone. */
async function refuse(
  args: AnyMiddlewareArgs & { client: webApi.WebClient },
  request: Incoming,
  message: string,
): Promise<void> {
  const reply = notice(message);
  const { ack, respond } = args as { ack?: (response?: unknown) => Promise<void>; respond?: unknown };
  if (request.kind === 'command' && ack) {
    // The refusal rides on the acknowledgement itself: no extra call to Slack for a flood.
    await ack({ response_type: 'ephemeral', ...reply });
    return;
  }
  if (request.kind === 'button' && ack) {
    await ack();
    if (typeof respond === 'function') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
    }
    return;
  }
  if (request.channel === undefined) return;
  const place = {
    channel: request.channel,
    ...(request.thread !== undefined && { thread_ts: request.thread }),
  };
  if (request.kind === 'mention')
    await args.client.chat.postEphemeral({ ...place, user: request.caller.user, ...reply });
  else await args.client.chat.postMessage({ ...place, ...reply });
}

/**
 * Installs the guard, with `route` behind it; with no limiter, commands are only logged. Access lines go
 * to `accessLog` (adapters/log.ts's accessLogger), or to Bolt's logger without one. The guard calls the
 * router itself: as a second middleware in Bolt's chain, the router cost each request another copy of
 * the request's arguments and two more promises (about 10 µs, measured in-process).
 */
export function registerGuard(
  app: App,
  route: Router,
  limiter?: RateLimiter,
  accessLog?: Pick<Logger, 'info' | 'warn'>,
): void {
  const guard: Middleware<AnyMiddlewareArgs> = async (args) => {
    const { body, logger } = args;
    const request = incoming(record(body), args.context.botUserId);
    if (request === undefined) {
      await route(args);
      return;
    }
    if (request.line) (args.context as Record<string, unknown>)[LINE] = request.line;
    await guarded(
      { log: accessLog ?? logger, ...(limiter && { limiter }) },
      {
        line: { platform: 'slack', kind: request.kind, command: request.command },
        caller: request.caller,
        refuse: (message) =>
          refuse(args as AnyMiddlewareArgs & { client: webApi.WebClient }, request, message),
        run: () => route(args),
      },
    );
  };
  app.use(guard);
}
