// Posts scheduled digests. Each subscription's cron pattern (croner) gives its slots; each slot is claimed
// in the store with one atomic statement and a lease before it is posted, and marked posted after, so a
// restart loses nothing, one instance or several on one database post a slot once, and a channel that
// missed several slots while the bot was down gets ONE catch-up post. The clock is injected so tests can
// move time.
//
// Delivery is at-least-once: when an instance dies between the platform accepting a post and the store
// recording it, the lease expires and the slot is posted again, by this or another instance. The ports
// narrow that window (Discord's message nonce, Slack's message metadata; see `PostAttempt`).

import type { FeedbackStore } from '../store/feedback.js';
import type { Store, SubscriptionRecord } from '../store/store.js';
import type { Answer, Article, Logger } from '../types.js';
import type { PostPort, PostResult } from './post.js';
import { readingDigest } from './reading.js';
import { DEFAULT_LEASE_MS, defaultInstanceId, dueSlot, keepLease, slotKey, wakeFor } from './slots.js';
import { digestTopic } from './topic.js';
import type { Platform, RecapItem, ScheduledPost } from './types.js';

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The scheduler logs through the core's one Logger interface. */
export type SchedulerLogger = Logger;

export interface DigestSource {
  readonly article: Article;
  ask(question: string, options?: { limit?: number; offset?: number }): Answer;
}

export interface SchedulerOptions {
  store: Store;
  core: DigestSource;
  ports: readonly PostPort[];
  clock?: Clock;
  log?: SchedulerLogger;
  /** QUESTION_LOG_DAYS: questions older than this are deleted. */
  questionLogDays: number;
  /** Who this instance is in the slot leases; unique per process by default. */
  instanceId?: string;
  /** How long a claim holds before another instance may take the slot over (renewed while posting). */
  leaseMs?: number;
  /**
   * Longest sleep between reads of the subscriptions (an hour by default). Several instances on one
   * database set it short: another instance's new subscription, or its slot left by an instance that
   * stopped, is then seen within this time.
   */
  maxSleepMs?: number;
  /** Votes on answers, for the recap's line on how many were voted helpful; none when absent. */
  feedback?: Pick<FeedbackStore, 'countBetween'>;
}

const DAY = 24 * 60 * 60 * 1000;
/** Longest sleep between checks, so a suspended machine or a clock change is noticed within the hour. */
export const MAX_SLEEP = 60 * 60 * 1000;
/** A failed post is tried again after 5, 10, 20, 40 minutes; then the subscription is paused. */
const RETRY_BASE = 5 * 60 * 1000;
const MAX_ATTEMPTS = 5;
/** Questions shown in a recap; older ones are counted, not listed. */
export const RECAP_LIMIT = 5;
/** The shortest sleep between runs. */
const MIN_RECHECK = 1000;

const quiet: SchedulerLogger = { info: () => {}, warn: () => {}, error: () => {} };

export class Scheduler {
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly log: SchedulerLogger;
  private readonly ports: Map<Platform, PostPort>;
  private timer: unknown;
  private running: Promise<number> | undefined;
  /** The latest wake-up: its run and the re-planning after it. */
  private cycle: Promise<void> = Promise.resolve();
  private started = false;
  private readonly instanceId: string;
  private readonly leaseMs: number;
  /** After a run the store failed, no new run before this time (the due slot would otherwise retry at once). */
  private backoffUntil: number | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? quiet;
    this.ports = new Map(options.ports.map((port) => [port.platform, port]));
    this.instanceId = options.instanceId ?? defaultInstanceId();
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Posts what is due now (catching up after downtime), then sleeps until the next slot. */
  start(): void {
    this.started = true;
    this.wake();
  }

  /** Stops the timer and waits for a post in progress. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await this.cycle;
  }

  /** Re-plans after subscriptions change: runs what is due, then sleeps until the next slot. */
  wake(): void {
    if (!this.started) return;
    this.cycle = this.runDue().then(() => this.arm());
  }

  /** Who this instance is in the slot leases. */
  get owner(): string {
    return this.instanceId;
  }

  /** Resolves when the run in progress (if any) has finished and the next wake-up is planned. */
  async settled(): Promise<void> {
    await this.running;
    await this.cycle;
  }

  /** Posts every due digest once; resolves with how many went out. Runs never overlap. */
  runDue(): Promise<number> {
    const previous = this.running ?? Promise.resolve(0);
    const run = previous.then(() => this.postDue());
    this.running = run.then(
      (posted) => {
        this.backoffUntil = undefined;
        return posted;
      },
      (error: unknown) => {
        // Only the store throws out of a run (posting failures are retried per subscription).
        this.backoffUntil = this.clock.now() + RETRY_BASE;
        this.log.error('scheduled digests failed; trying again in a few minutes', {
          error: error instanceof Error ? error.stack : String(error),
        });
        return 0;
      },
    );
    return this.running;
  }

  /**
   * When the next slot of any active subscription falls (ms since the epoch), or undefined. A due slot
   * someone holds a lease on (another instance posting it, or a failed post waiting to be retried) counts
   * from the lease's end.
   */
  async nextWake(): Promise<number | undefined> {
    const now = this.clock.now();
    let earliest: number | undefined;
    for (const subscription of await this.store.subscriptions()) {
      if (subscription.pausedAt !== null || !this.ports.has(subscription.platform)) continue;
      const at = wakeFor(subscription, now);
      if (at !== null && (earliest === undefined || at < earliest)) earliest = at;
    }
    return earliest;
  }

  private async arm(): Promise<void> {
    if (!this.started) return;
    let next: number | undefined;
    try {
      next = await this.nextWake();
    } catch (error) {
      // The store cannot even be read: keep the timer alive, so digests resume when it can.
      this.log.error('scheduled digests cannot read their subscriptions; trying again in a few minutes', {
        error: error instanceof Error ? error.message : String(error),
      });
      next = this.clock.now() + RETRY_BASE;
    }
    if (!this.started) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    if (next !== undefined && this.backoffUntil !== undefined) next = Math.max(next, this.backoffUntil);
    // A slot still due right after a run could not be claimed (another instance has just taken it): look
    // again shortly rather than spin.
    const delay = Math.min(
      this.options.maxSleepMs ?? MAX_SLEEP,
      Math.max(MIN_RECHECK, (next ?? Number.POSITIVE_INFINITY) - this.clock.now()),
    );
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, delay);
  }

  private async postDue(): Promise<number> {
    const now = this.clock.now();
    const pruned = await this.store.pruneQuestions(now - this.options.questionLogDays * DAY);
    if (pruned > 0) this.log.info('question log pruned', { questions: pruned });
    let posted = 0;
    for (const subscription of await this.store.subscriptions()) {
      if (subscription.pausedAt !== null) continue;
      const port = this.ports.get(subscription.platform);
      if (!port) continue;
      const slot = dueSlot(subscription, now);
      if (slot === undefined) continue;
      const { pending } = subscription;
      if (pending !== null && pending.slotAt === slot && pending.leaseUntil > now) continue;
      if (await this.postOne(subscription, slot, now, port)) posted += 1;
    }
    return posted;
  }

  private async postOne(
    subscription: SubscriptionRecord,
    slot: number,
    now: number,
    port: PostPort,
  ): Promise<boolean> {
    const { id, platform, channel, workspace } = subscription;
    const claim = await this.store.claimSlot({
      subscriptionId: id,
      slotAt: slot,
      owner: this.instanceId,
      now,
      leaseUntil: now + this.leaseMs,
    });
    // Another instance holds the slot, posted it, or the subscription was paused or removed meanwhile.
    if (claim === undefined) return false;
    const since = subscription.lastPostedAt ?? subscription.createdAt;
    let result: PostResult;
    let next: number | undefined;
    const renewal = keepLease(claim, {
      store: this.store,
      clock: this.clock,
      leaseMs: this.leaseMs,
      log: this.log,
    });
    try {
      const post = await this.buildPost(subscription, slot, since, now);
      await this.addVotes(post, subscription, since, now);
      next = post.digest.part?.nextParagraph;
      result = await port.post(channel, post, {
        key: slotKey(claim),
        attempt: claim.attempt,
        workspace: subscription.workspace,
      });
    } catch (error) {
      result = {
        ok: false,
        failure: 'transient',
        reason: error instanceof Error ? error.message : String(error),
      };
    } finally {
      renewal.stop();
    }
    const after = this.clock.now();
    if (result.ok) {
      const reading =
        subscription.topic === null && next !== undefined
          ? { platform, channel, workspace, nextParagraph: next }
          : undefined;
      await this.store.completeSlot(claim, after, reading);
      this.log.info('digest posted', { platform, channel, slot: new Date(slot).toISOString() });
      return true;
    }
    if (result.failure === 'no-access') {
      // The claim stays unposted and the subscription paused: the slot will not be tried again.
      await this.store.pause(id, result.reason, after);
      this.log.warn('subscription paused: the bot cannot post in the channel', {
        platform,
        channel,
        reason: result.reason,
      });
      return false;
    }
    if (claim.attempt >= MAX_ATTEMPTS) {
      await this.store.pause(
        id,
        `posting failed ${claim.attempt} times in a row (last: ${result.reason})`,
        after,
      );
      this.log.warn('subscription paused after repeated failures', {
        platform,
        channel,
        reason: result.reason,
      });
      return false;
    }
    // Back off: no instance claims the slot again before then.
    await this.store.releaseSlot(claim, after + RETRY_BASE * 2 ** (claim.attempt - 1));
    this.log.warn('digest post failed; will retry', {
      platform,
      channel,
      attempts: claim.attempt,
      reason: result.reason,
    });
    return false;
  }

  /** Adds the votes given in the channel since `since` to the recap; a store that fails costs only the line. */
  private async addVotes(post: ScheduledPost, subscription: SubscriptionRecord, since: number, now: number) {
    if (this.options.feedback === undefined) return;
    try {
      const votes = await this.options.feedback.countBetween(subscription, since, now);
      if (votes.helpful + votes.unhelpful > 0) post.votes = votes;
    } catch (error) {
      this.log.warn('could not count the votes for a recap', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** The digest a subscription posts now, with the recap of questions asked since `since`. */
  async buildPost(
    subscription: SubscriptionRecord,
    slot: number,
    since: number,
    now: number,
  ): Promise<ScheduledPost> {
    const { core } = this.options;
    const digest =
      subscription.topic === null
        ? readingDigest(
            core.article,
            await this.store.readingPosition(subscription.platform, subscription.channel),
          )
        : digestTopic(core, subscription.topic);
    const asked = await this.store.questionsBetween(subscription.platform, subscription.channel, since, now);
    // The same question asked twice is recapped once, at its latest time; newest questions first.
    const latest = new Map<string, { question: string; askedAt: number }>();
    for (const entry of asked) latest.set(entry.question.toLowerCase(), entry);
    const distinct = [...latest.values()].reverse().sort((a, b) => b.askedAt - a.askedAt);
    const recap = distinct
      .slice(0, RECAP_LIMIT)
      .map(({ question, askedAt }) => recapItem(core, question, askedAt));
    return { digest, recap, recapOmitted: distinct.length - recap.length, slot };
  }
}

/** A recap line: the question, when it was asked, and the passage the bot would answer it with now. */
export function recapItem(core: Pick<DigestSource, 'ask'>, question: string, askedAt: number): RecapItem {
  const top = core.ask(question, { limit: 1 }).passages[0];
  return top
    ? {
        question,
        askedAt,
        passage: {
          excerpt: top.excerpt,
          citation: top.citation,
          section: top.section,
          page: top.page,
          paragraph: top.paragraph,
        },
      }
    : { question, askedAt };
}
