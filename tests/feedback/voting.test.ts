import { describe, expect, it } from 'vitest';
import { castVote, keepReason, THANKS, VOTE_NOT_RECORDED, type Vote } from '../../src/index.js';

const vote = (helpful: boolean): Vote => ({
  platform: 'slack',
  workspace: 'T1',
  channel: 'C1',
  question: 'what is cyber sovereignty',
  passages: ['p16', 'p40'],
  helpful,
  votedAt: 1_700_000_000_000,
});

const noErrors = (error: unknown) => {
  throw new Error(`unexpected error: ${String(error)}`);
};

describe('castVote', () => {
  it('stores a 👍 and thanks the voter', async () => {
    const stored: Vote[] = [];
    const outcome = await castVote({ record: async (v) => stored.push(v) }, vote(true), noErrors);
    expect(stored).toEqual([vote(true)]);
    expect(outcome).toEqual({ kind: 'thank', message: THANKS.helpful });
  });

  it('stores a 👎 and asks why, for the vote the store just made', async () => {
    const outcome = await castVote({ record: async () => 42 }, vote(false), noErrors);
    expect(outcome).toEqual({ kind: 'ask-reason', vote: 42 });
  });

  it('tells the voter to try again when the store fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const failure = new Error('database is locked');
    const outcome = await castVote(
      {
        record: async () => {
          throw failure;
        },
      },
      vote(false),
      (error) => errors.push(error),
    );
    expect(outcome).toEqual({ kind: 'thank', message: VOTE_NOT_RECORDED });
    expect(errors).toEqual([failure]);
  });
});

describe('keepReason', () => {
  it('stores the typed line, cleaned, with its vote', async () => {
    const kept: [number, string][] = [];
    const addReason = async (id: number, reason: string) => kept.push([id, reason]) > 0;
    expect(await keepReason({ addReason }, 7, '  cited the\nwrong page ', noErrors)).toBe(true);
    expect(kept).toEqual([[7, 'cited the wrong page']]);
  });

  it('keeps nothing when nothing was typed', async () => {
    const addReason = async () => {
      throw new Error('not called');
    };
    expect(await keepReason({ addReason }, 7, '   ', noErrors)).toBe(false);
    expect(await keepReason({ addReason }, 7, undefined, noErrors)).toBe(false);
  });

  it('reports a store failure without making the voter retry', async () => {
    const errors: unknown[] = [];
    const addReason = async (): Promise<boolean> => {
      throw new Error('database is locked');
    };
    expect(await keepReason({ addReason }, 7, 'wrong passage', (error) => errors.push(error))).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
