// The question log, written in batches: a question answered in a channel is queued in memory and
// written with the others in one transaction a moment later, so no answer waits on the disk (a
// synchronous insert per question cost more than rendering the answer). Nothing is lost: the store
// writes the queue before any read of the log and when it closes, and a batch the database refused
// stays queued (up to a bound) for the next try.

import type { QuestionLine } from './types.js';

export type { QuestionLine };

export interface QuestionLogOptions {
  /** How long a line may wait before its batch is written (ms); 0 writes each line at once. */
  delayMs: number;
  /** Runs `callback` after `ms`; must not keep the process alive. Injected by tests. */
  schedule: (callback: () => void, ms: number) => void;
  /** A batch the database refused; the lines stay queued. */
  onError: (message: string, error: unknown) => void;
}

/** At most this many lines wait while the database refuses writes; the oldest go first beyond it. */
export const MAX_QUEUED_QUESTIONS = 10_000;

export const DEFAULT_QUESTION_LOG: QuestionLogOptions = {
  delayMs: 1000,
  schedule: (callback, ms) => {
    setTimeout(callback, ms).unref();
  },
  onError: () => {},
};

export class QuestionLog {
  private queue: QuestionLine[] = [];
  private armed = false;
  /** The batch being written, so a flush waits for the one before it (the log stays in order). */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    /** Writes a batch in one transaction; throws when the database refuses it. */
    private readonly write: (lines: readonly QuestionLine[]) => Promise<void>,
    private readonly options: QuestionLogOptions,
  ) {}

  /** Queues a line; its batch is written within `delayMs`. */
  add(line: QuestionLine): void {
    this.queue.push(line);
    if (this.queue.length > MAX_QUEUED_QUESTIONS)
      this.queue.splice(0, this.queue.length - MAX_QUEUED_QUESTIONS);
    if (this.options.delayMs <= 0) {
      void this.flush();
      return;
    }
    if (this.armed) return;
    this.armed = true;
    this.options.schedule(() => {
      this.armed = false;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Lines queued and not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Writes every queued line now, after any batch already being written; resolves with how many were
   * written (0 when the database refused them). Never rejects.
   */
  flush(): Promise<number> {
    const done = this.writing.then(() => this.writeQueued());
    this.writing = done;
    return done;
  }

  private async writeQueued(): Promise<number> {
    if (this.queue.length === 0) return 0;
    const batch = this.queue;
    this.queue = [];
    try {
      await this.write(batch);
      return batch.length;
    } catch (error) {
      // Put back in front of anything queued meanwhile, for the next try.
      this.queue = [...batch, ...this.queue].slice(-MAX_QUEUED_QUESTIONS);
      this.options.onError('could not write the question log', error);
      return 0;
    }
  }
}
