// `npm run learn`: learns readers' words (src/search/readers.ts) from the tuning and regression sets into
// corpus/readers-words.json, and reports 5-fold cross-validated figures on the tuning set, folds by batch
// (a batch's questions never teach its own fold): each fold scored with words learned from the other four
// folds and the regression set, beside no readers' words.
// The blind test set is never read. Run it after a labelled set, the glossary or the tokeniser changes;
// a test fails while the file is stale.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCyberviews } from '../../src/index.js';
import {
  defaultCorpusDir,
  type EvalQuestion,
  formatFigures,
  learnedFolds,
  learnFromSets,
  NO_READERS_WORDS,
  pooledFigures,
  READERS_WORDS_FILE,
  type ReadersWords,
  scoreAnswers,
} from '../../src/tools.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpusDir = defaultCorpusDir();
const learned = learnFromSets(root, corpusDir);
const path = join(corpusDir, READERS_WORDS_FILE);
writeFileSync(path, `${JSON.stringify(learned, null, 2)}\n`);
const stems = Object.values(learned.passages).reduce((n, words) => n + Object.keys(words).length, 0);
console.log(
  `wrote ${path}: ${stems} stems over ${Object.keys(learned.passages).length} passages, from ${learned.learnedFrom
    .map((s) => `${s.file} (${s.questions})`)
    .join(', ')}`,
);

const { file: tuningFile, tuning, folds } = learnedFolds(root, corpusDir, 5);
const held = folds.map((fold) => fold.held);
const scored = (words: ReadersWords, questions: EvalQuestion[]) => {
  const core = createCyberviews({ readersWords: words });
  return scoreAnswers(questions, (q) => core.ask(q)).figures;
};
const without = folds.map((fold) => scored(NO_READERS_WORDS, fold.held));
const withWords = folds.map((fold) => scored(fold.readersWords, fold.held));
console.log(`5-fold cross-validation by batch on ${tuningFile} (${tuning.length} questions):`);
console.log(formatFigures('  without readers’ words', pooledFigures(without, held)));
console.log(formatFigures('  with words from the other folds', pooledFigures(withWords, held)));
