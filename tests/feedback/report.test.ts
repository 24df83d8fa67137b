// Votes summarised for a person, and voted-down questions as an evaluation set.

import { describe, expect, it } from 'vitest';
import { summariseVotes, toEvalSet } from '../../src/feedback/report.js';
import { cleanReason, type StoredVote } from '../../src/feedback/vote.js';

let id = 0;
const vote = (
  question: string,
  helpful: boolean,
  at: number,
  extra: Partial<StoredVote> = {},
): StoredVote => ({
  id: ++id,
  platform: 'slack',
  workspace: 'T1',
  channel: 'C1',
  question,
  passages: ['p16'],
  helpful,
  reason: null,
  votedAt: at,
  ...extra,
});

describe('summariseVotes', () => {
  it('puts the questions most often voted down first, counting spelling variants as one question', () => {
    const report = summariseVotes([
      vote('who runs the DNS', false, 1),
      vote('what is cyber sovereignty', true, 2),
      vote('Who runs the DNS?', false, 3, { passages: ['p30', 'p70'], reason: 'wrong passage' }),
      vote('when was ICANN founded', false, 4),
    ]);
    expect(report).toMatchObject({ votes: 4, helpful: 1, unhelpful: 3 });
    expect(report.questions.map((q) => [q.question, q.down, q.up])).toEqual([
      ['Who runs the DNS?', 2, 0],
      ['when was ICANN founded', 1, 0],
      ['what is cyber sovereignty', 0, 1],
    ]);
    expect(report.questions[0]).toMatchObject({ shown: ['p30', 'p70'], reasons: ['wrong passage'] });
  });
});

describe('toEvalSet', () => {
  it('writes each voted-down question once, as {id, q, gold: []} with unique ids', () => {
    const set = toEvalSet(
      summariseVotes([
        vote('who runs the DNS', false, 1),
        vote('who runs the DNS?!', false, 2),
        vote('Who runs: the DNS', false, 3),
        vote('what is cyber sovereignty', true, 4),
      ]),
    );
    expect(set).toEqual([
      { id: 'feedback-who-runs-the-dns', q: 'who runs the DNS?!', gold: [] },
      { id: 'feedback-who-runs-the-dns-2', q: 'Who runs: the DNS', gold: [] },
    ]);
  });
});

describe('cleanReason', () => {
  it('keeps one trimmed line of at most 200 characters, and nothing for blank input', () => {
    expect(cleanReason('  wrong\npassage \u200b ')).toBe('wrong passage');
    expect(cleanReason('x'.repeat(500))).toHaveLength(200);
    expect(cleanReason('   ')).toBeUndefined();
    expect(cleanReason(undefined)).toBeUndefined();
  });
});
