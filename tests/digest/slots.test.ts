// A slot's lease while its post is under way: renewed every third of the lease, for as long as the
// post takes, and no longer once it is done or another instance holds the slot.

import { describe, expect, it } from 'vitest';
import { keepLease } from '../../src/digest/slots.js';
import type { SlotClaim } from '../../src/store/store.js';
import { ManualClock } from './clock.js';

const claim: SlotClaim = { subscriptionId: 1, slotAt: 0, owner: 'a', attempt: 1 };
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A store whose renewals are recorded, answering `held` (and so holding the lease or not). */
function renewals(held = true) {
  const until: number[] = [];
  return {
    until,
    store: {
      renewLease: async (_: SlotClaim, leaseUntil: number) => {
        until.push(leaseUntil);
        return held;
      },
    },
  };
}

describe('keeping a lease while posting', () => {
  it('renews it every third of the lease, each time for a whole lease from then', async () => {
    const clock = new ManualClock(0);
    const { until, store } = renewals();
    const lease = keepLease(claim, { store, clock, leaseMs: 60_000, log: quiet });
    await clock.advance(130_000);
    expect(until).toEqual([80_000, 100_000, 120_000, 140_000, 160_000, 180_000]);
    lease.stop();
    await clock.advance(60_000);
    expect(until).toHaveLength(6);
    expect(clock.pending).toBe(0);
  });

  it('stops renewing, and says so, once the lease is no longer its own', async () => {
    const clock = new ManualClock(0);
    const { until, store } = renewals(false);
    const warnings: string[] = [];
    keepLease(claim, {
      store,
      clock,
      leaseMs: 60_000,
      log: { ...quiet, warn: (message) => warnings.push(message) },
    });
    await clock.advance(120_000);
    expect(until).toEqual([80_000]);
    expect(warnings).toEqual(['digest slot lease lost while posting']);
  });
});
