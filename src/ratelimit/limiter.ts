// Per-user and per-channel rate limits as token buckets: pure state, the clock passed in, so a flood
// from one user is refused while everyone else (and the channel's own budget) is left alone.

/** `limit` commands per `windowMs`, refilled smoothly; a limit of 0 turns the scope off. */
export interface Rate {
  limit: number;
  windowMs: number;
}

export interface RateLimits {
  perUser: Rate;
  perChannel: Rate;
}

/** Who is asking and where. Keys are opaque: adapters prefix them with their platform if they share a limiter. */
export interface Caller {
  user: string;
  channel?: string;
}

export type Decision =
  | { allowed: true }
  /** Refused: `scope` says whose budget ran out, `retryAfterMs` when one more command will be taken. */
  | { allowed: false; scope: 'user' | 'channel'; retryAfterMs: number };

/** 10 commands a minute per user, 30 a minute per channel: generous for reading, tight for a script. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perUser: { limit: 10, windowMs: 60_000 },
  perChannel: { limit: 30, windowMs: 60_000 },
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Keys kept before full buckets are swept: bounds memory whatever the number of callers. */
const SWEEP_AT = 10_000;

/**
 * Buckets by key. A sweep runs when the count doubles since the last one, so it costs O(1) per new key
 * however many callers are active at once (a sweep on every new key would be quadratic under a flood).
 */
class Buckets extends Map<string, Bucket> {
  sweepAt = SWEEP_AT;
}

export class RateLimiter {
  private readonly users = new Buckets();
  private readonly channels = new Buckets();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number,
  ) {}

  /**
   * Takes one command from the caller's and the channel's budgets when both have one; otherwise takes
   * nothing, so a refused user does not use up the channel's budget for everyone else.
   */
  check(caller: Caller): Decision {
    const now = this.now();
    const user = this.level(this.users, caller.user, this.limits.perUser, now);
    if (user !== undefined && user.tokens < 1) {
      return { allowed: false, scope: 'user', retryAfterMs: wait(user, this.limits.perUser) };
    }
    const channel =
      caller.channel === undefined
        ? undefined
        : this.level(this.channels, caller.channel, this.limits.perChannel, now);
    if (channel !== undefined && channel.tokens < 1) {
      return { allowed: false, scope: 'channel', retryAfterMs: wait(channel, this.limits.perChannel) };
    }
    if (user !== undefined) user.tokens -= 1;
    if (channel !== undefined) channel.tokens -= 1;
    return { allowed: true };
  }

  /** How many callers and channels are tracked (for tests and diagnostics). */
  get size(): number {
    return this.users.size + this.channels.size;
  }

  /** The bucket for `key`, refilled up to `now`; undefined when the scope is off. */
  private level(buckets: Buckets, key: string, rate: Rate, now: number): Bucket | undefined {
    if (rate.limit <= 0 || rate.windowMs <= 0) return undefined;
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      if (buckets.size >= buckets.sweepAt) {
        sweep(buckets, rate, now);
        buckets.sweepAt = Math.max(SWEEP_AT, 2 * buckets.size);
      }
      bucket = { tokens: rate.limit, at: now };
      buckets.set(key, bucket);
      return bucket;
    }
    // A clock that steps back (NTP) must not mint tokens.
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(rate.limit, bucket.tokens + (elapsed * rate.limit) / rate.windowMs);
    bucket.at = Math.max(bucket.at, now);
    return bucket;
  }
}

/** Milliseconds until the bucket holds one whole token again. */
function wait(bucket: Bucket, rate: Rate): number {
  return Math.ceil(((1 - bucket.tokens) * rate.windowMs) / rate.limit);
}

/** Drops buckets that would be full by now: they are the same as no bucket at all. */
function sweep(buckets: Map<string, Bucket>, rate: Rate, now: number): void {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + ((now - bucket.at) * rate.limit) / rate.windowMs >= rate.limit) buckets.delete(key);
  }
}
