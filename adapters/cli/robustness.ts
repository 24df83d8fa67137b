// `npm run robustness`: how answers hold up when questions are typed as in a channel. Each tuning
// question is altered once, deterministically (`--wrap d|e|f|g|h|i|j|k|l`: an opener and a closer from
// tests/eval/wrappers/<list>.json, English questions for d, e, h, i, j, k and l, Chinese for f and g; `--typo`: one typo
// in each English question; `--seed N`), and both the question as written and as altered are scored with
// 5-fold cross-validation by batch: each fold with readers' words learned from the other folds and the
// regression set. The blind test set is never read. Lists d and f were read while writing the patterns
// that read conversation, e in session 14, j in session 15, h in session 19 and k in session 31; g, i and
// l never were (h was written in session 14, i and j in session 15, k and l in session 31 by helpers
// given the same task): report those.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCyberviews } from '../../src/index.js';
import {
  defaultCorpusDir,
  type EvalQuestion,
  type Figures,
  formatFigures,
  learnedFolds,
  pooledFigures,
  scoreAnswers,
  seeded,
  type Wrappers,
  withTypo,
  wrapped,
} from '../../src/tools.js';

const { values } = parseArgs({
  options: { wrap: { type: 'string' }, typo: { type: 'boolean' }, seed: { type: 'string', default: '7' } },
});
if (!values.wrap === !values.typo) {
  console.error('usage: npm run robustness -- --wrap d|e|f|g|h|i|j|k|l | --typo [--seed N]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusDir = defaultCorpusDir();
const { tuning, folds } = learnedFolds(root, corpusDir, 5);
const chinese = values.wrap === 'f' || values.wrap === 'g';
const chosen = tuning.filter((q) => /\p{Script=Han}/u.test(q.q) === chinese);
const random = seeded(Number(values.seed));
const wrappers = values.wrap
  ? (JSON.parse(readFileSync(join(root, `tests/eval/wrappers/${values.wrap}.json`), 'utf8')) as Wrappers)
  : undefined;
const altered = new Map(
  chosen.map((q) => [q.id, wrappers ? wrapped(q.q, wrappers, random) : withTypo(q.q, random)]),
);

const asWritten: Figures[] = [];
const asTyped: Figures[] = [];
const held: EvalQuestion[][] = [];
for (const fold of folds) {
  const core = createCyberviews({ corpusDir, readersWords: fold.readersWords });
  const ids = new Set(fold.held.map((q) => q.id));
  const set = chosen.filter((q) => ids.has(q.id));
  held.push(set);
  asWritten.push(scoreAnswers(set, (q) => core.ask(q)).figures);
  asTyped.push(
    scoreAnswers(
      set.map((q) => ({ ...q, q: altered.get(q.id) ?? q.q })),
      (q) => core.ask(q),
    ).figures,
  );
}
const what = wrappers ? `wrapped from list ${values.wrap}` : 'with one typo';
console.log(
  `${chosen.length} ${chinese ? 'Chinese' : 'English'} tuning questions, 5-fold by batch, seed ${values.seed}:`,
);
console.log(formatFigures('  as written', pooledFigures(asWritten, held)));
console.log(formatFigures(`  ${what}`, pooledFigures(asTyped, held)));
