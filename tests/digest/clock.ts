// A clock tests move by hand: timers fire in time order as `advance` passes their due time.

import type { Clock } from '../../src/digest/scheduler.js';

interface Timer {
  at: number;
  callback: () => void;
  id: number;
}

/** Far more firings than any real schedule has in one advance. */
const MAX_FIRINGS = 10_000;

export class ManualClock implements Clock {
  private timers: Timer[] = [];
  private ids = 0;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const timer = { at: this.current + Math.max(0, ms), callback, id: ++this.ids };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** When the earliest waiting timer fires, if any. */
  get nextAt(): number | undefined {
    return this.timers.length === 0 ? undefined : Math.min(...this.timers.map((timer) => timer.at));
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.timers.length;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order; `settle` runs after each firing so the
   * async work it started (a scheduler run) finishes before time moves on.
   */
  async advance(ms: number, settle: () => Promise<void> = async () => {}): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (let fired = 0; ; fired++) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      // A timer that keeps re-arming itself for the same instant would spin forever: fail instead.
      if (fired >= MAX_FIRINGS) throw new Error(`more than ${MAX_FIRINGS} timers fired in one advance`);
      this.timers = this.timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      due.callback();
      await settle();
    }
    this.current = target;
  }
}
