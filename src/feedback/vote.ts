// What a 👍 or 👎 on an answer records: the question, the passages it showed, the vote and when; the
// workspace or server and the channel it was given in, for retention and recaps; never who voted.

import type { Platform } from '../digest/types.js';

export interface Vote {
  platform: Platform;
  /** The Slack team id or Discord guild id ("" in a DM outside any server). */
  workspace: string;
  channel: string;
  question: string;
  /** Ids of the passages the answer showed, in the order shown ("p16"). */
  passages: string[];
  helpful: boolean;
  votedAt: number;
}

export interface StoredVote extends Vote {
  id: number;
  /** The one line a 👎 may add; null when none was given. */
  reason: string | null;
}

/** A reason is one line: at most this many characters are kept. */
export const MAX_REASON = 200;

/** The reason as stored: one line, trimmed, bounded; undefined when nothing was typed. */
export function cleanReason(text: string | null | undefined): string | undefined {
  const line = (text ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: typed control characters are dropped
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? undefined : line.slice(0, MAX_REASON);
}

/** What the voter is told. */
export const THANKS = {
  helpful: 'Thanks! Noted that this answer helped.',
  unhelpful: 'Thanks, noted. Your vote helps us find the questions the bot gets wrong.',
  reason: 'Thanks for telling us why.',
  unavailable:
    'Feedback cannot be recorded right now (the bot has no database). Questions and everything else still work.',
} as const;

/** The form a 👎 opens: one optional line. */
export const REASON_FORM = {
  title: 'What was wrong?',
  label: 'What was wrong with this answer? (optional)',
  placeholder: 'e.g. it cited the wrong passage; the answer is on page 9',
  submit: 'Send',
} as const;
