// Work still on its way when the bot stops (replies being sent): tracked while it runs, and on stop let
// finish for a short grace period before the connection closes. Shared by the gateway bot and the HTTP
// interactions endpoint.

/** How long stop() waits for replies already on their way. */
export const STOP_GRACE_MS = 5_000;

export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Tracks `work` until it settles; the returned promise settles as `work` does. */
  track<T>(work: Promise<T>): Promise<T> {
    const tracked: Promise<T> = work.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return tracked;
  }

  /** Resolves once everything tracked has settled, or after `graceMs`, whichever comes first. */
  async settle(graceMs = STOP_GRACE_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([...this.running]), grace]);
    clearTimeout(timer);
  }
}
