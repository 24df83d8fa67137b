// The guard every platform's commands go through (adapters/guard.ts): a caller over their limit is told
// to slow down and the command is not run; every command is one access-log line with its kind,
// subcommand, outcome and latency, never what the user wrote.

import { describe, expect, it } from 'vitest';
import { type AccessLine, type Guarded, guarded } from '../../adapters/guard.js';
import { RateLimiter } from '../../src/ratelimit/index.js';

const LINE: AccessLine = { platform: 'slack', kind: 'command', command: 'ask' };
const ASKER = { user: 'U1', channel: 'C1' };

/** A limiter allowing `perUser` commands a minute per user, on a clock that never moves. */
const limiter = (perUser: number) =>
  new RateLimiter(
    { perUser: { limit: perUser, windowMs: 60_000 }, perChannel: { limit: 100, windowMs: 60_000 } },
    () => 0,
  );

/** A log that keeps its info lines, and a request that records whether it was run or refused. */
function rig(run: Guarded['run'] = async () => undefined) {
  const lines: { message: string; fields: Record<string, unknown> }[] = [];
  const log = {
    info: (message: string, fields?: Record<string, unknown>) =>
      lines.push({ message, fields: fields ?? {} }),
    warn: (message: string, fields?: Record<string, unknown>) =>
      lines.push({ message: `warn: ${message}`, fields: fields ?? {} }),
  };
  const seen = { ran: 0, refusals: [] as string[] };
  const request: Guarded = {
    line: LINE,
    caller: ASKER,
    refuse: async (message) => {
      seen.refusals.push(message);
    },
    run: () => {
      seen.ran += 1;
      return run();
    },
  };
  return { lines, log, seen, request };
}

describe('guarded: rate limits', () => {
  it('runs a command while the caller is within their limits', async () => {
    const { log, seen, request } = rig();
    await guarded({ log, limiter: limiter(2) }, request);
    await guarded({ log, limiter: limiter(2) }, request);
    expect(seen).toEqual({ ran: 2, refusals: [] });
  });

  it('refuses a command over the limit with the slow-down message, and does not run it', async () => {
    const { log, seen, request } = rig();
    const limits = limiter(1);
    await guarded({ log, limiter: limits }, request);
    await guarded({ log, limiter: limits }, request);
    expect(seen.ran).toBe(1);
    expect(seen.refusals).toEqual([
      'You are sending commands faster than I can read them. Please slow down and try again in 60 seconds.',
    ]);
  });

  it('never limits a request without a caller (autocomplete)', async () => {
    const { log, seen, request } = rig();
    const { caller: _, ...unlimited } = request;
    const limits = limiter(1);
    for (let i = 0; i < 3; i++) await guarded({ log, limiter: limits }, unlimited);
    expect(seen.ran).toBe(3);
  });

  it('runs everything when there is no limiter', async () => {
    const { log, seen, request } = rig();
    for (let i = 0; i < 20; i++) await guarded({ log }, request);
    expect(seen.ran).toBe(20);
  });
});

describe('guarded: the access log', () => {
  it('logs a command it ran as handled, with its outcome "ok" and its latency', async () => {
    const { lines, log, request } = rig();
    await guarded({ log }, request);
    expect(lines).toEqual([
      { message: 'command handled', fields: { ...LINE, outcome: 'ok', ms: expect.any(Number) } },
    ]);
  });

  it('logs the outcome the command resolved to', async () => {
    const { lines, log, request } = rig(async () => 'unreadable');
    await guarded({ log }, request);
    expect(lines[0]?.fields.outcome).toBe('unreadable');
  });

  it('logs a command that threw as an error, and rethrows for the platform’s own handler', async () => {
    const { lines, log, request } = rig(async () => {
      throw new Error('the core failed');
    });
    await expect(guarded({ log }, request)).rejects.toThrow('the core failed');
    expect(lines).toEqual([
      { message: 'command handled', fields: { ...LINE, outcome: 'error', ms: expect.any(Number) } },
    ]);
  });

  it('logs a refusal as refused, with the scope whose budget ran out, on every platform alike', async () => {
    const { lines, log, request } = rig();
    const limits = limiter(1);
    await guarded({ log, limiter: limits }, request);
    await guarded({ log, limiter: limits }, request);
    expect(lines[1]).toEqual({
      message: 'command refused',
      fields: { ...LINE, limited: 'user', ms: expect.any(Number) },
    });
  });
});

describe('guarded: slow commands', () => {
  /** A clock that stands still until the command moves it by `ms`. */
  const taking = (ms: number) => {
    let now = 1_000;
    const run = async () => {
      now += ms;
    };
    return { clock: () => now, run };
  };

  it('warns, with the latency, about a command slower than 1.5 s, on the clock the platform gives', async () => {
    const { clock, run } = taking(1_600);
    const { lines, log, request } = rig(run);
    await guarded({ log, clock }, request);
    expect(lines).toEqual([
      { message: 'command handled', fields: { ...LINE, outcome: 'ok', ms: 1_600 } },
      { message: 'warn: slow command', fields: { ...LINE, ms: 1_600 } },
    ]);
  });

  it('says nothing more about a command within 1.5 s', async () => {
    const { clock, run } = taking(1_400);
    const { lines, log, request } = rig(run);
    await guarded({ log, clock }, request);
    expect(lines).toEqual([{ message: 'command handled', fields: { ...LINE, outcome: 'ok', ms: 1_400 } }]);
  });
});
