import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateLimits, slowDownMessage } from '../../src/ratelimit/index.js';

const LIMITS: RateLimits = {
  perUser: { limit: 3, windowMs: 30_000 },
  perChannel: { limit: 5, windowMs: 60_000 },
};

function limiter(limits: RateLimits = LIMITS) {
  const clock = { t: 1_000_000 };
  return { clock, rl: new RateLimiter(limits, () => clock.t) };
}

const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

describe('RateLimiter.check', () => {
  it('lets a user send up to the limit in a burst, then refuses with the wait for one more', () => {
    const { rl } = limiter();
    const decisions = times(4, () => rl.check({ user: 'U1', channel: 'C1' }));
    expect(decisions.slice(0, 3).every((d) => d.allowed)).toBe(true);
    expect(decisions[3]).toEqual({ allowed: false, scope: 'user', retryAfterMs: 10_000 });
  });

  it('leaves other users unaffected by one user’s flood', () => {
    const { rl } = limiter();
    times(20, () => rl.check({ user: 'flooder', channel: 'C1' }));
    expect(rl.check({ user: 'U2', channel: 'C1' }).allowed).toBe(true);
    expect(rl.check({ user: 'U3', channel: 'C2' }).allowed).toBe(true);
  });

  it('does not charge the channel for commands refused to a flooding user', () => {
    const { rl } = limiter();
    times(50, () => rl.check({ user: 'flooder', channel: 'C1' }));
    // The flooder used 3 of the channel's 5; two more people can still ask there.
    expect(rl.check({ user: 'U2', channel: 'C1' }).allowed).toBe(true);
    expect(rl.check({ user: 'U3', channel: 'C1' }).allowed).toBe(true);
    expect(rl.check({ user: 'U4', channel: 'C1' })).toMatchObject({ allowed: false, scope: 'channel' });
  });

  it('does not charge the user for a command the channel refused', () => {
    const { rl } = limiter({
      perUser: { limit: 1, windowMs: 1000 },
      perChannel: { limit: 1, windowMs: 60_000 },
    });
    expect(rl.check({ user: 'U1', channel: 'C1' }).allowed).toBe(true);
    expect(rl.check({ user: 'U2', channel: 'C1' })).toMatchObject({ allowed: false, scope: 'channel' });
    expect(rl.check({ user: 'U2', channel: 'C2' }).allowed).toBe(true);
  });

  it('refills smoothly with time: one command per window/limit', () => {
    const { rl, clock } = limiter();
    times(3, () => rl.check({ user: 'U1' }));
    expect(rl.check({ user: 'U1' }).allowed).toBe(false);
    clock.t += 9_999;
    expect(rl.check({ user: 'U1' }).allowed).toBe(false);
    clock.t += 1;
    expect(rl.check({ user: 'U1' }).allowed).toBe(true);
    expect(rl.check({ user: 'U1' }).allowed).toBe(false);
  });

  it('never refills beyond the burst, however long the user was away', () => {
    const { rl, clock } = limiter();
    rl.check({ user: 'U1' });
    clock.t += 10 * 60_000;
    const decisions = times(4, () => rl.check({ user: 'U1' }));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
  });

  it('mints no tokens when the clock steps back', () => {
    const { rl, clock } = limiter();
    times(3, () => rl.check({ user: 'U1' }));
    clock.t -= 60_000;
    expect(rl.check({ user: 'U1' }).allowed).toBe(false);
  });

  it('turns a scope off with a limit of 0', () => {
    const { rl } = limiter({
      perUser: { limit: 0, windowMs: 1000 },
      perChannel: { limit: 0, windowMs: 1000 },
    });
    expect(times(1000, () => rl.check({ user: 'U1', channel: 'C1' })).every((d) => d.allowed)).toBe(true);
    expect(rl.size).toBe(0);
  });

  it('keeps memory bounded: full buckets are swept once many callers have been seen', () => {
    const { rl, clock } = limiter();
    for (let i = 0; i < 10_000; i++) rl.check({ user: `U${i}` });
    clock.t += 30_000;
    rl.check({ user: 'newcomer' });
    expect(rl.size).toBeLessThan(10);
  });

  it('does constant work per new caller under a flood of callers that are all still active', () => {
    // Work is counted, not timed: every bucket a sweep looks at reads the rate, as does every check.
    let reads = 0;
    const rate = { limit: 3, windowMs: 30_000 };
    const counted = {
      get limit() {
        reads += 1;
        return rate.limit;
      },
      get windowMs() {
        reads += 1;
        return rate.windowMs;
      },
    };
    const { rl } = limiter({ ...LIMITS, perUser: counted });
    // 60,000 distinct users inside one window: nothing can be swept; a sweep per newcomer would be
    // 50,000 scans of 10,000+ buckets (billions of reads), where doubling thresholds make a handful.
    const callers = 60_000;
    for (let i = 0; i < callers; i++) rl.check({ user: `U${i}` });
    expect(rl.size).toBe(callers);
    expect(reads / callers).toBeLessThan(20);
  });
});

describe('slowDownMessage', () => {
  it('asks a flooding user politely to slow down, with the wait in whole seconds', () => {
    expect(slowDownMessage({ allowed: false, scope: 'user', retryAfterMs: 1_200 })).toBe(
      'You are sending commands faster than I can read them. Please slow down and try again in 2 seconds.',
    );
  });

  it('tells a busy channel to give it a moment', () => {
    expect(slowDownMessage({ allowed: false, scope: 'channel', retryAfterMs: 10 })).toMatch(
      /^This channel is asking a lot at once\..* 1 second\.$/,
    );
  });
});
