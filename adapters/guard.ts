// The cross-cutting concerns of one command, the same on every platform: the rate limit (the core's
// RateLimiter, per user and per channel) and the access log (one info line per command with its kind,
// subcommand, outcome and latency, never its text). Each adapter says what came in, how to run it and how
// to tell a refused user to slow down; the decision and the log line are made here.

import { type Caller, type Logger, type RateLimiter, slowDownMessage } from '../src/index.js';

/** What the access log says about a command: never what the user wrote. */
export interface AccessLine {
  platform: 'slack' | 'discord';
  /** How it came in: command, mention, dm, button, modal, followup… */
  kind: string;
  /** The subcommand or button (`ask`, `cite`, `more`), or the follow-up form. */
  command: string;
}

/** How a command ended: `ok`, `error`, or an adapter's own word for an answer that was not one. */
export type Outcome = string;

export interface Guard {
  /** Per-user and per-channel limits; commands are only logged without one. */
  limiter?: RateLimiter;
  /**
   * Where the access log goes (info level; a refusal is `command refused` with the scope that ran out),
   * and a `slow command` warning for one that took longer than `SLOW_AFTER_MS`.
   */
  log: Pick<Logger, 'info' | 'warn'>;
  /** Milliseconds from some fixed point, for latency: `performance.now` unless a platform injects its clock. */
  clock?: () => number;
}

/**
 * A command slower than this risks the platforms' 3-second deadline for the first response (Slack's ack,
 * Discord's interaction reply): worth a warning in the log.
 */
export const SLOW_AFTER_MS = 1_500;

export interface Guarded {
  line: AccessLine;
  /** Who asks, and where; undefined for what is never limited (autocomplete). */
  caller?: Caller;
  /** Tells the caller to slow down, where they alone will see it. */
  refuse(message: string): Promise<void>;
  /** Runs the command; resolves to its outcome (`ok` when it says none). A throw is logged as `error`. */
  run(): Promise<Outcome | undefined> | Promise<void>;
}

/**
 * Checks the caller's limits, runs the command or refuses it, and logs one line either way. Rethrows what
 * `run` throws (after logging it), so the platform's own error handling still sees it.
 */
export async function guarded(guard: Guard, request: Guarded): Promise<void> {
  const clock = guard.clock ?? (() => performance.now());
  const started = clock();
  const elapsed = () => Math.round((clock() - started) * 10) / 10;
  const decision =
    request.caller === undefined || guard.limiter === undefined
      ? undefined
      : guard.limiter.check(request.caller);
  if (decision !== undefined && !decision.allowed) {
    await request.refuse(slowDownMessage(decision));
    guard.log.info('command refused', { ...request.line, limited: decision.scope, ms: elapsed() });
    return;
  }
  let outcome: Outcome = 'ok';
  try {
    outcome = (await request.run()) ?? 'ok';
  } catch (error) {
    outcome = 'error';
    throw error;
  } finally {
    const ms = elapsed();
    guard.log.info('command handled', { ...request.line, outcome, ms });
    if (ms > SLOW_AFTER_MS) guard.log.warn('slow command', { ...request.line, ms });
  }
}
