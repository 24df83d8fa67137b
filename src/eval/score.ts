// Answer-quality figures for a question set, computed exactly as ../shared/eval/score.mjs does over the
// CLI: hit@1, hit@3, MRR, whether the first excerpt shows the answer, refusals of out-of-scope questions.

import type { Answer } from '../types.js';

export interface EvalQuestion {
  id: string;
  q: string;
  /** Snippets of the article, any of which marks a passage as relevant; empty when out of scope. */
  gold: string[];
  kind?: string;
}

export interface Figures {
  hit1: number;
  hit3: number;
  mrr: number;
  excerpt1: number;
  abstain: number;
  falseAbstain: number;
  questions: number;
}

export interface Scored {
  figures: Figures;
  misses: string[];
}

/** The targets the project holds itself to (issue "Answer quality"). */
export const TARGETS = {
  hit1: 0.92,
  hit3: 0.98,
  mrr: 0.95,
  excerpt1: 0.88,
  abstain: 1,
  falseAbstain: 0,
} as const;

/** Text as gold snippets are matched against it (as ../shared/eval/score.mjs does). */
export const goldKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function scoreAnswers(set: readonly EvalQuestion[], ask: (q: string) => Answer): Scored {
  let n = 0;
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  let ex1 = 0;
  let oos = 0;
  let abstained = 0;
  let falseAbstain = 0;
  const misses: string[] = [];
  for (const q of set) {
    const answer = ask(q.q);
    const passages = answer.passages;
    const answered = answer.answered && passages.length > 0;
    if (q.gold.length === 0) {
      oos++;
      if (!answered) abstained++;
      else misses.push(`${q.id}: should have found nothing, answered with ${passages.length} passage(s)`);
      continue;
    }
    n++;
    if (!answered) falseAbstain++;
    const gold = q.gold.map(goldKey);
    const relevant = (text: string) => gold.some((g) => goldKey(text).includes(g));
    const rank = passages.slice(0, 10).findIndex((p) => relevant(p.text));
    if (rank === 0) h1++;
    if (rank >= 0 && rank < 3) h3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    const top = passages[0];
    if (top && relevant(top.excerpt)) ex1++;
    else if (rank === 0) misses.push(`${q.id}: right passage, but its excerpt misses the answer`);
    if (rank !== 0)
      misses.push(`${q.id}: relevant passage at rank ${rank < 0 ? 'none' : rank + 1} for "${q.q}"`);
  }
  return {
    figures: {
      hit1: h1 / n,
      hit3: h3 / n,
      mrr: rr / n,
      excerpt1: ex1 / n,
      abstain: oos ? abstained / oos : 1,
      falseAbstain,
      questions: set.length,
    },
    misses,
  };
}

/**
 * The figures of several folds as one: each fold's hit1, hit3, MRR and excerpt1 weighted by its
 * answerable questions, its refusals by its out-of-scope ones, false refusals summed. A fold with none
 * of a kind weighs nothing for it.
 */
export function pooledFigures(
  figures: readonly Figures[],
  sets: readonly (readonly EvalQuestion[])[],
): Figures {
  const inScope = sets.map((s) => s.filter((q) => q.gold.length > 0).length);
  const outOfScope = sets.map((s, i) => s.length - (inScope[i] ?? 0));
  const mean = (value: (f: Figures) => number, weights: readonly number[]) => {
    let sum = 0;
    let total = 0;
    figures.forEach((f, i) => {
      const weight = weights[i] ?? 0;
      if (weight === 0) return;
      sum += value(f) * weight;
      total += weight;
    });
    return total > 0 ? sum / total : Number.NaN;
  };
  return {
    hit1: mean((f) => f.hit1, inScope),
    hit3: mean((f) => f.hit3, inScope),
    mrr: mean((f) => f.mrr, inScope),
    excerpt1: mean((f) => f.excerpt1, inScope),
    abstain: mean((f) => f.abstain, outOfScope),
    falseAbstain: figures.reduce((sum, f) => sum + f.falseAbstain, 0),
    questions: sets.reduce((n, s) => n + s.length, 0),
  };
}

/** Bounds a set's figures must meet: the targets, or for the blind sets the figures reached so far. */
export type Bounds = Omit<Figures, 'questions'>;

/** The figures that fall short of the bounds, e.g. ["hit1 0.900 < 0.92"]. */
export function shortfalls(figures: Figures, bounds: Bounds = TARGETS): string[] {
  const short: string[] = [];
  for (const key of ['hit1', 'hit3', 'mrr', 'excerpt1', 'abstain'] as const) {
    // Figures are compared at the precision they are printed and recorded with.
    if (round(figures[key]) < bounds[key]) short.push(`${key} ${figures[key].toFixed(3)} < ${bounds[key]}`);
  }
  if (figures.falseAbstain > bounds.falseAbstain)
    short.push(`falseAbstain ${figures.falseAbstain} > ${bounds.falseAbstain}`);
  return short;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function formatFigures(name: string, figures: Figures): string {
  const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
  return `${name}: hit1=${f(figures.hit1)} hit3=${f(figures.hit3)} mrr=${f(figures.mrr)} excerpt1=${f(figures.excerpt1)} abstain=${f(figures.abstain)} falseAbstain=${figures.falseAbstain} (${figures.questions} questions)`;
}
