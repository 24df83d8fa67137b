// Fits the ranking weights (RankingOptions' score, credits and bonuses) to labelled questions by
// coordinate ascent: each weight in turn takes the value from its grid that most improves the objective,
// until a pass changes nothing. Deterministic (fixed grids, fixed order, ties keep the current value).
// Cross-validation tells whether the fit generalises: the questions are split into k folds, weights are
// fitted on k-1 and scored on the fold they never saw.

import type { RankingOptions } from '../search/options.js';
import type { EvalQuestion, Figures } from './score.js';

/** One weight to fit: where it lives in the options, and the values it may take. */
export interface Knob {
  name: string;
  get(options: RankingOptions): number;
  set(options: RankingOptions, value: number): void;
  grid: number[];
}

export const KNOBS: Knob[] = [
  knob('score.window', (o) => o.score, 'window', [0, 0.25, 0.5, 0.75, 1]),
  knob('score.coverageExponent', (o) => o.score, 'coverageExponent', [1, 1.5, 2, 3, 4]),
  knob('score.bm25Floor', (o) => o.score, 'bm25Floor', [0.2, 0.4, 0.6, 0.8, 1]),
  knob('bonus.phrase', (o) => o.bonus, 'phrase', [0, 0.1, 0.25, 0.4, 0.6]),
  knob('credit.target', (o) => o.credit, 'target', [0.7, 0.85, 0.95]),
  knob('credit.synonym', (o) => o.credit, 'synonym', [0.3, 0.5, 0.7]),
  knob('credit.part', (o) => o.credit, 'part', [0.2, 0.4, 0.6]),
];

function knob<T extends object>(
  name: string,
  group: (o: RankingOptions) => T,
  key: keyof T & string,
  grid: number[],
): Knob {
  return {
    name,
    get: (o) => group(o)[key] as number,
    set: (o, v) => {
      (group(o) as Record<string, number>)[key] = v;
    },
    grid,
  };
}

/** What the fit maximises: MRR plus hit@1, so the first passage matters most. */
export function objective(f: Figures): number {
  return f.mrr + f.hit1;
}

export interface Fit {
  values: Record<string, number>;
  score: number;
}

/**
 * Coordinate ascent over `knobs` on `questions`, starting from the options' current values; `evaluate`
 * scores the questions under the options as they are set. Leaves the options at the best values found.
 */
export function fitWeights(
  options: RankingOptions,
  knobs: readonly Knob[],
  questions: readonly EvalQuestion[],
  evaluate: (questions: readonly EvalQuestion[]) => Figures,
  passes = 2,
): Fit {
  let best = objective(evaluate(questions));
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (const k of knobs) {
      const current = k.get(options);
      let bestValue = current;
      for (const value of k.grid) {
        if (value === current) continue;
        k.set(options, value);
        const score = objective(evaluate(questions));
        if (score > best + 1e-9) {
          best = score;
          bestValue = value;
        }
      }
      k.set(options, bestValue);
      changed ||= bestValue !== current;
    }
    if (!changed) break;
  }
  return { values: Object.fromEntries(knobs.map((k) => [k.name, k.get(options)])), score: best };
}

/**
 * The batch a labelled question came from: its id's prefix without the c/f of chat or formal style
 * ("cde-014" and "fde-003" are batch "de", written by one helper in one persona).
 */
export const batchOf = (id: string): string => (id.split('-')[0] ?? id).replace(/^[cf](?=[a-z])/, '');

/**
 * Splits questions into k folds by batch (`batchOf`), the batches dealt in turn in the order of their
 * names: a fold's questions share no batch with the others, so a score on it says how questions from a
 * new helper, persona and wording fare, not how a question's siblings from its own batch do.
 */
export function batchFolds<T extends { id: string }>(items: readonly T[], k: number): T[][] {
  const batches = [...new Set(items.map((q) => batchOf(q.id)))].sort();
  const foldOf = new Map(batches.map((b, i) => [b, i % k]));
  const out: T[][] = Array.from({ length: k }, () => []);
  for (const item of items) out[foldOf.get(batchOf(item.id)) ?? 0]?.push(item);
  return out;
}

/** Splits questions into k folds by position (every k-th question), so each fold mixes every set. */
export function folds<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  items.forEach((item, i) => {
    out[i % k]?.push(item);
  });
  return out;
}
