// `npm run train`: refits the ranking weights (src/search/options.ts) on the labelled tuning and
// regression sets, and reports 5-fold cross-validated figures: for each fold, weights fitted on the
// other four, scored on it, beside the current weights on the same fold. The blind test set is never
// used. It prints the fitted values; putting them into RANKING is a reviewed change, made only when the
// cross-validated figures beat the current ones.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCyberviews } from '../../src/index.js';
import {
  type EvalQuestion,
  type Figures,
  fitWeights,
  folds,
  KNOBS,
  objective,
  RANKING,
  scoreAnswers,
} from '../../src/tools.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const paths = [
  join(root, 'tests', 'eval', 'tuning.json'),
  join(root, 'tests', 'eval', 'questions.json'),
  join(root, '..', 'shared', 'eval', 'dev-questions.json'),
];
const questions = paths
  .filter((p) => existsSync(p))
  .flatMap((p) => JSON.parse(readFileSync(p, 'utf8')) as EvalQuestion[]);

const core = createCyberviews();
const evaluate = (set: readonly EvalQuestion[]): Figures => scoreAnswers(set, (q) => core.ask(q)).figures;
const snapshot = () => KNOBS.map((k) => k.get(RANKING));
const restore = (values: number[]) => {
  KNOBS.forEach((k, i) => {
    k.set(RANKING, values[i] as number);
  });
};
const f3 = (v: number) => v.toFixed(3);

const current = snapshot();
const K = 5;
const parts = folds(questions, K);
let fitted = 0;
let kept = 0;
for (let i = 0; i < K; i++) {
  const held = parts[i] ?? [];
  const train = parts.filter((_, j) => j !== i).flat();
  restore(current);
  const before = evaluate(held);
  fitWeights(RANKING, KNOBS, train, evaluate);
  const after = evaluate(held);
  fitted += objective(after);
  kept += objective(before);
  console.log(
    `fold ${i + 1}: held-out hit1 ${f3(before.hit1)} -> ${f3(after.hit1)}, MRR ${f3(before.mrr)} -> ${f3(after.mrr)}`,
  );
}
console.log(`cross-validated hit1+MRR: current weights ${f3(kept / K)}, refitted ${f3(fitted / K)}`);
restore(current);
const all = fitWeights(RANKING, KNOBS, questions, evaluate);
console.log(`fitted on all ${questions.length} questions:`);
for (const [name, value] of Object.entries(all.values)) {
  const before = current[KNOBS.findIndex((k) => k.name === name)];
  console.log(`  ${name} = ${value}${value === before ? '' : ` (now ${before})`}`);
}
