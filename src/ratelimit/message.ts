// What a rate-limited user is told: polite, says whose budget ran out and when to try again.

import type { Decision } from './limiter.js';

/** The "slow down" notice for a refused command, with the wait rounded up to whole seconds. */
export function slowDownMessage(decision: Extract<Decision, { allowed: false }>): string {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  return decision.scope === 'user'
    ? `You are sending commands faster than I can read them. Please slow down and try again in ${wait}.`
    : `This channel is asking a lot at once. Please give it a moment and try again in ${wait}.`;
}
