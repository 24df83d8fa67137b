import { describe, expect, it } from 'vitest';
import type { Figures } from '../../src/eval/score.js';
import { batchFolds, batchOf, fitWeights, folds, type Knob } from '../../src/eval/train.js';
import { RANKING, type RankingOptions } from '../../src/search/options.js';

const figures = (score: number): Figures => ({
  hit1: score,
  hit3: score,
  mrr: score,
  excerpt1: score,
  abstain: 1,
  falseAbstain: 0,
  questions: 1,
});

/** The window share as a knob, on a given grid. */
const windowKnob = (grid: number[]): Knob => ({
  name: 'score.window',
  get: (o) => o.score.window,
  set: (o, v) => {
    o.score.window = v;
  },
  grid,
});

describe('fitWeights', () => {
  it('moves each weight to the value of its grid that scores best, and leaves the options there', () => {
    const options: RankingOptions = structuredClone(RANKING);
    const knob = windowKnob([0, 0.25, 0.5, 0.75, 1]);
    // A made-up objective that peaks at 0.75.
    const fit = fitWeights(options, [knob], [], () => figures(1 - Math.abs(options.score.window - 0.75)));
    expect(fit.values['score.window']).toBe(0.75);
    expect(options.score.window).toBe(0.75);
  });

  it('keeps the current value when nothing on the grid beats it', () => {
    const options: RankingOptions = structuredClone(RANKING);
    const knob = windowKnob([0, 1]);
    fitWeights(options, [knob], [], () => figures(options.score.window === RANKING.score.window ? 1 : 0));
    expect(options.score.window).toBe(RANKING.score.window);
  });
});

describe('folds', () => {
  it('deals every item into exactly one of k folds', () => {
    const parts = folds([1, 2, 3, 4, 5, 6, 7], 3);
    expect(parts).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
  });
});

describe('folds by batch', () => {
  it('reads a question’s batch from its id, chat and formal alike', () => {
    expect(batchOf('cde-014')).toBe('de');
    expect(batchOf('fde-oos-3')).toBe('de');
    expect(batchOf('ca-twitter')).toBe('a');
    expect(batchOf('own2-p13')).toBe('own2');
  });

  it('keeps each batch in one fold, and deals every question once', () => {
    const ids = ['ca-1', 'fa-2', 'cb-1', 'fb-2', 'cc-1', 'cd-1', 'fd-2', 'ce-1'];
    const parts = batchFolds(
      ids.map((id) => ({ id })),
      3,
    );
    expect(
      parts
        .flat()
        .map((q) => q.id)
        .sort(),
    ).toEqual([...ids].sort());
    for (const part of parts) {
      const batches = new Set(part.map((q) => batchOf(q.id)));
      for (const other of parts.filter((p) => p !== part))
        expect(other.some((q) => batches.has(batchOf(q.id)))).toBe(false);
    }
  });
});
