// A subscription's slots as the scheduler sees them: which one is due, when to wake for it, the key that
// names it on every instance, and the lease an instance holds on it while posting.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { SlotClaim, Store, SubscriptionRecord } from '../store/store.js';
import type { Logger } from '../types.js';
import type { Clock } from './scheduler.js';
import { nextRun } from './subscribe.js';

/** Catching up never walks more slots than this (a year of hourly slots). */
const MAX_SLOTS_WALKED = 10_000;

/**
 * A claim's lease: an instance that dies mid-post frees its slot within a minute (inside the few minutes
 * Discord's nonce remembers a message), and a post that takes longer has its lease renewed every third of it.
 */
export const DEFAULT_LEASE_MS = 60 * 1000;

/** This process in the slot leases: host, pid and a random suffix (two containers may share a pid). */
export function defaultInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** The idempotency key of a claimed slot: the same for every attempt at it, on every instance. */
export function slotKey(claim: Pick<SlotClaim, 'subscriptionId' | 'slotAt'>): string {
  return `${claim.subscriptionId}:${claim.slotAt}`;
}

/** Where the next slot is counted from: the last slot posted, else the moment of subscribing. */
function countFrom(subscription: SubscriptionRecord): number {
  return subscription.lastSlotAt ?? subscription.createdAt;
}

/**
 * The latest slot at or before `now` that has not been posted yet, or undefined when none is due.
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

/**
 * When a subscription next needs a scheduler: its next slot, or now when one is due, or the end of the
 * lease someone holds on the due slot (another instance posting it, or a failed post waiting for its retry).
 */
export function wakeFor(subscription: SubscriptionRecord, now: number): number | null {
  const due = dueSlot(subscription, now);
  if (due === undefined) return nextRun(subscription.cron, subscription.zone, countFrom(subscription));
  const { pending } = subscription;
  return pending !== null && pending.slotAt === due && pending.leaseUntil > now ? pending.leaseUntil : now;
}

export interface LeaseKeeping {
  store: Pick<Store, 'renewLease'>;
  clock: Clock;
  leaseMs: number;
  log: Logger;
}

/** Renews a claim's lease every third of it while its post is in progress; `stop` when the post is done. */
export function keepLease(claim: SlotClaim, { store, clock, leaseMs, log }: LeaseKeeping): { stop(): void } {
  let handle: unknown;
  let stopped = false;
  const every = Math.max(1, Math.floor(leaseMs / 3));
  const renew = () => {
    handle = clock.setTimeout(() => {
      if (stopped) return;
      store.renewLease(claim, clock.now() + leaseMs).then(
        (held) => {
          if (held) renew();
          else log.warn('digest slot lease lost while posting', { slot: slotKey(claim) });
        },
        (error: unknown) => {
          log.warn('could not renew a digest slot lease; trying again', {
            error: error instanceof Error ? error.message : String(error),
          });
          renew();
        },
      );
    }, every);
  };
  renew();
  return {
    stop: () => {
      stopped = true;
      if (handle !== undefined) clock.clearTimeout(handle);
    },
  };
}
