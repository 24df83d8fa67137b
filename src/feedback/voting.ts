// What a click on 👍 or 👎 does, the same on every platform: the vote is stored, then the voter is
// thanked privately (👍), or asked why (👎: the platform opens its one-line form for the stored vote);
// when the store fails, the voter is told to try again. The reason typed in that form is kept with its
// vote. Adapters only read the click and show the outcome.

import type { FeedbackStore } from '../store/feedback.js';
import { cleanReason, THANKS, type Vote } from './vote.js';

/** What the voter is told when the vote could not be stored. */
export const VOTE_NOT_RECORDED =
  'Sorry, I could not record your vote just now. Please try again in a moment.';

export type VoteOutcome =
  /** Tell the voter this, privately. */
  | { kind: 'thank'; message: string }
  /** A stored 👎: open the reason form for vote `vote` (THANKS.unhelpful where the form cannot open). */
  | { kind: 'ask-reason'; vote: number };

/** Stores `vote`; `onError` hears why a vote could not be stored (for the log, never the voter). */
export async function castVote(
  feedback: Pick<FeedbackStore, 'record'>,
  vote: Vote,
  onError: (error: unknown) => void,
): Promise<VoteOutcome> {
  let id: number;
  try {
    id = await feedback.record(vote);
  } catch (error) {
    onError(error);
    return { kind: 'thank', message: VOTE_NOT_RECORDED };
  }
  return vote.helpful ? { kind: 'thank', message: THANKS.helpful } : { kind: 'ask-reason', vote: id };
}

/**
 * Keeps the line typed in a 👎's form with vote `vote`. False when there was nothing to keep (an empty
 * line); true once it was handed to the store, even if the store then failed (`onError` hears why):
 * the voter has done their part either way.
 */
export async function keepReason(
  feedback: Pick<FeedbackStore, 'addReason'>,
  vote: number,
  typed: string | null | undefined,
  onError: (error: unknown) => void,
): Promise<boolean> {
  const reason = cleanReason(typed);
  if (reason === undefined) return false;
  try {
    await feedback.addReason(vote, reason);
  } catch (error) {
    onError(error);
  }
  return true;
}
