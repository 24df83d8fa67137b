// Votes are kept as long as the question log (QUESTION_LOG_DAYS), thread memory for its expiry: both are
// pruned at start-up and then every hour, off the request path.

import type { FeedbackStore } from './feedback.js';
import { THREAD_MEMORY_DAYS, type ThreadStore } from './threads.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface RetentionOptions {
  feedback: FeedbackStore;
  threads: ThreadStore;
  /** QUESTION_LOG_DAYS: votes older than this go. */
  feedbackDays: number;
  now: () => number;
  onPruned?: (pruned: { votes: number; threads: number }) => void;
  onError?: (error: unknown) => void;
}

/** Prunes both stores once; resolves to how many rows went. */
export async function pruneConversations(
  options: RetentionOptions,
): Promise<{ votes: number; threads: number }> {
  const now = options.now();
  const votes = await options.feedback.prune(now - options.feedbackDays * DAY);
  const threads = await options.threads.prune(now - THREAD_MEMORY_DAYS * DAY);
  return { votes, threads };
}

/** Prunes now and every hour (the timer never keeps the process alive); returns a stop function. */
export function startRetention(options: RetentionOptions): () => void {
  const run = () => {
    pruneConversations(options).then(
      (pruned) => {
        if (pruned.votes + pruned.threads > 0) options.onPruned?.(pruned);
      },
      (error: unknown) => options.onError?.(error),
    );
  };
  run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
