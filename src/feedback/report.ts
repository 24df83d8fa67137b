// Votes → what to look at: the questions most often voted down, with what they were shown and why, and
// the same questions as a new evaluation set ({id, q, gold: []}: gold is for a person to fill in).

import type { StoredVote } from './vote.js';

export interface QuestionFeedback {
  question: string;
  down: number;
  up: number;
  /** The passages the latest vote on it saw. */
  shown: string[];
  /** Reasons given with 👎, newest first. */
  reasons: string[];
  lastVotedAt: number;
}

export interface FeedbackReport {
  votes: number;
  helpful: number;
  unhelpful: number;
  /** Every question voted on, most voted down first (then fewest helpful, then most recent). */
  questions: QuestionFeedback[];
}

/** One line of an evaluation set, as `../shared/eval/score.mjs ask` reads it. */
export interface EvalQuestion {
  id: string;
  q: string;
  gold: string[];
}

/** Questions that differ only in case, spacing or end punctuation are one question. */
export function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.]+$/, '')
    .trim();
}

export function summariseVotes(votes: readonly StoredVote[]): FeedbackReport {
  const byQuestion = new Map<string, QuestionFeedback>();
  // Oldest first, so the latest vote's question text and passages win.
  for (const vote of [...votes].sort((a, b) => a.votedAt - b.votedAt || a.id - b.id)) {
    const key = questionKey(vote.question);
    const entry = byQuestion.get(key) ?? {
      question: vote.question,
      down: 0,
      up: 0,
      shown: [],
      reasons: [],
      lastVotedAt: vote.votedAt,
    };
    if (vote.helpful) entry.up += 1;
    else entry.down += 1;
    if (!vote.helpful && vote.reason !== null) entry.reasons.unshift(vote.reason);
    entry.question = vote.question;
    entry.shown = [...vote.passages];
    entry.lastVotedAt = vote.votedAt;
    byQuestion.set(key, entry);
  }
  const questions = [...byQuestion.values()].sort(
    (a, b) => b.down - a.down || a.up - b.up || b.lastVotedAt - a.lastVotedAt,
  );
  const helpful = votes.filter((vote) => vote.helpful).length;
  return { votes: votes.length, helpful, unhelpful: votes.length - helpful, questions };
}

/** A stable, readable id: the question's first words, numbered when two come out alike. */
function slug(question: string): string {
  const words = questionKey(question)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return words === '' ? 'question' : words;
}

/** The questions voted down at least once, as an evaluation set with empty gold for a person to fill in. */
export function toEvalSet(report: FeedbackReport): EvalQuestion[] {
  const used = new Map<string, number>();
  return report.questions
    .filter((entry) => entry.down > 0)
    .map((entry) => {
      const base = `feedback-${slug(entry.question)}`;
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      return { id: seen === 1 ? base : `${base}-${seen}`, q: entry.question, gold: [] };
    });
}

/** The recap's line on votes: how many answers in the channel were voted helpful since the last digest. */
export function votesLine(votes: { helpful: number; unhelpful: number }): string {
  const total = votes.helpful + votes.unhelpful;
  return `👍 ${votes.helpful} of ${total} vote${total === 1 ? '' : 's'} on answers here since the last digest said the answer helped.`;
}
