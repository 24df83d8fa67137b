// Posts scheduled digests. Each subscription's cron pattern (croner) gives its slots; the store records
// the last slot claimed, so a restart loses nothing and posts nothing twice, and a channel that missed
// several slots while the bot was down gets ONE catch-up post. The clock is injected so tests can move time.

import type { Store, SubscriptionRecord } from '../store/store.js';
import type { Answer, Article, Logger } from '../types.js';
import type { PostPort, PostResult } from './post.js';
import { readingDigest } from './reading.js';
import { nextRun } from './subscribe.js';
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
}

const DAY = 24 * 60 * 60 * 1000;
/** Longest sleep between checks, so a suspended machine or a clock change is noticed within the hour. */
const MAX_SLEEP = 60 * 60 * 1000;
/** A failed post is tried again after 5, 10, 20, 40 minutes; then the subscription is paused. */
const RETRY_BASE = 5 * 60 * 1000;
const MAX_ATTEMPTS = 5;
/** Questions shown in a recap; older ones are counted, not listed. */
export const RECAP_LIMIT = 5;
/** Catching up never walks more slots than this (a year of hourly slots). */
const MAX_SLOTS_WALKED = 10_000;

const quiet: SchedulerLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** Where the next slot is counted from: the last slot claimed, else the moment of subscribing. */
function countFrom(subscription: SubscriptionRecord): number {
  return subscription.lastSlotAt ?? subscription.createdAt;
}

/**
 * The latest slot at or before `now` that has not been claimed yet, or undefined when none is due.
 * Several missed slots collapse into the latest one: one catch-up post, not one per slot.
 */
export function dueSlot(subscription: SubscriptionRecord, now: number): number | undefined {
  let slot = nextRun(subscription.cron, subscription.zone, countFrom(subscription));
  if (slot === null || slot > now) return undefined;
  for (let walked = 0; walked < MAX_SLOTS_WALKED; walked++) {
    const following = nextRun(subscription.cron, subscription.zone, slot);
    if (following === null || following > now) break;
    slot = following;
  }
  return slot;
}

export class Scheduler {
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly log: SchedulerLogger;
  private readonly ports: Map<Platform, PostPort>;
  private timer: unknown;
  private running: Promise<number> | undefined;
  private started = false;
  /** Transient failures per subscription: attempts so far and when to try again. */
  private readonly retries = new Map<number, { attempts: number; at: number }>();
  /** After a run the store failed, no new run before this time (the due slot would otherwise retry at once). */
  private backoffUntil: number | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? quiet;
    this.ports = new Map(options.ports.map((port) => [port.platform, port]));
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
  }

  /** Re-plans after subscriptions change: runs what is due, then sleeps until the next slot. */
  wake(): void {
    if (!this.started) return;
    void this.runDue().finally(() => this.arm());
  }

  /** Resolves when the run in progress (if any) has finished. */
  async settled(): Promise<void> {
    await this.running;
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

  /** When the next slot of any active subscription falls (ms since the epoch), or undefined. */
  nextWake(): number | undefined {
    let earliest: number | undefined;
    for (const subscription of this.store.subscriptions()) {
      if (subscription.pausedAt !== null || !this.ports.has(subscription.platform)) continue;
      const retry = this.retries.get(subscription.id);
      const at = retry?.at ?? nextRun(subscription.cron, subscription.zone, countFrom(subscription));
      if (at !== null && (earliest === undefined || at < earliest)) earliest = at;
    }
    return earliest;
  }

  private arm(): void {
    if (!this.started) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    let next: number | undefined;
    try {
      next = this.nextWake();
    } catch (error) {
      // The store cannot even be read: keep the timer alive, so digests resume when it can.
      this.log.error('scheduled digests cannot read their subscriptions; trying again in a few minutes', {
        error: error instanceof Error ? error.message : String(error),
      });
      next = this.clock.now() + RETRY_BASE;
    }
    if (next !== undefined && this.backoffUntil !== undefined) next = Math.max(next, this.backoffUntil);
    const delay = Math.min(MAX_SLEEP, Math.max(0, (next ?? Number.POSITIVE_INFINITY) - this.clock.now()));
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, delay);
  }

  private async postDue(): Promise<number> {
    const now = this.clock.now();
    const pruned = this.store.pruneQuestions(now - this.options.questionLogDays * DAY);
    if (pruned > 0) this.log.info('question log pruned', { questions: pruned });
    let posted = 0;
    for (const subscription of this.store.subscriptions()) {
      if (subscription.pausedAt !== null) continue;
      const port = this.ports.get(subscription.platform);
      if (!port) continue;
      const retry = this.retries.get(subscription.id);
      if (retry && retry.at > now) continue;
      const slot = dueSlot(subscription, now);
      if (slot === undefined) continue;
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
    const { id, platform, channel } = subscription;
    const previous =
      subscription.lastSlotAt !== null && subscription.lastPostedAt !== null
        ? { lastSlotAt: subscription.lastSlotAt, lastPostedAt: subscription.lastPostedAt }
        : null;
    // Claim first: a crash after this point can lose one post but never send it twice.
    if (!this.store.claimSlot(id, previous, slot, now)) return false;
    const since = subscription.lastPostedAt ?? subscription.createdAt;
    let result: PostResult;
    let next: number | undefined;
    try {
      const post = this.buildPost(subscription, slot, since, now);
      next = post.digest.part?.nextParagraph;
      result = await port.post(channel, post, subscription.workspace);
    } catch (error) {
      result = {
        ok: false,
        failure: 'transient',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    if (result.ok) {
      if (subscription.topic === null && next !== undefined)
        this.store.setReadingPosition(platform, channel, next, now);
      this.retries.delete(id);
      this.log.info('digest posted', { platform, channel, slot: new Date(slot).toISOString() });
      return true;
    }
    if (result.failure === 'no-access') {
      // The claim stays: the slot is spent, and the paused subscription will not be tried again.
      this.store.pause(id, result.reason, now);
      this.retries.delete(id);
      this.log.warn('subscription paused: the bot cannot post in the channel', {
        platform,
        channel,
        reason: result.reason,
      });
      return false;
    }
    this.store.releaseSlot(id, previous);
    const attempts = (this.retries.get(id)?.attempts ?? 0) + 1;
    if (attempts >= MAX_ATTEMPTS) {
      this.store.pause(id, `posting failed ${attempts} times in a row (last: ${result.reason})`, now);
      this.retries.delete(id);
      this.log.warn('subscription paused after repeated failures', {
        platform,
        channel,
        reason: result.reason,
      });
      return false;
    }
    this.retries.set(id, { attempts, at: now + RETRY_BASE * 2 ** (attempts - 1) });
    this.log.warn('digest post failed; will retry', { platform, channel, attempts, reason: result.reason });
    return false;
  }

  /** The digest a subscription posts now, with the recap of questions asked since `since`. */
  buildPost(subscription: SubscriptionRecord, slot: number, since: number, now: number): ScheduledPost {
    const { core } = this.options;
    const digest =
      subscription.topic === null
        ? readingDigest(core.article, this.store.readingPosition(subscription.platform, subscription.channel))
        : digestTopic(core, subscription.topic);
    const asked = this.store.questionsBetween(subscription.platform, subscription.channel, since, now);
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
