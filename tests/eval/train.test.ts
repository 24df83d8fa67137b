import { describe, expect, it } from 'vitest';
import { type Figures, pooledFigures } from '../../src/eval/score.js';
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

describe('figures pooled over folds', () => {
  const figures = (hit1: number, abstain: number, falseAbstain: number): Figures => ({
    hit1,
    hit3: hit1,
    mrr: hit1,
    excerpt1: hit1,
    abstain,
    falseAbstain,
    questions: 0,
  });
  const q = (id: string, answerable: boolean) => ({ id, q: id, gold: answerable ? ['x'] : [] });

  it('weighs each fold by its answerable questions, its refusals by its out-of-scope ones', () => {
    const sets = [
      [q('a', true), q('b', true), q('c', true), q('d', false)],
      [q('e', true), q('f', false), q('g', false), q('h', false)],
    ];
    const pooled = pooledFigures([figures(1, 0, 1), figures(0, 1, 2)], sets);
    expect(pooled.hit1).toBeCloseTo(3 / 4);
    expect(pooled.abstain).toBeCloseTo(3 / 4);
    expect(pooled.falseAbstain).toBe(3);
    expect(pooled.questions).toBe(8);
  });

  it('lets a fold with no question of a kind weigh nothing for it', () => {
    const sets = [[q('a', true)], [q('b', false)]];
    // The second fold has no answerable question: its hit1 (0/0) does not count.
    const pooled = pooledFigures([figures(1, Number.NaN, 0), figures(Number.NaN, 1, 0)], sets);
    expect(pooled.hit1).toBe(1);
    expect(pooled.abstain).toBe(1);
  });
});
