// The door for the maintainers' command-line tools (`npm run eval`, `train`, `learn`, `synonyms`, `db:copy` and the
// bench): the core's internals they measure or rebuild, and the database drivers, which the bot itself
// loads only through `openStore`. The bot and its chat adapters use src/index.ts.

export { defaultCorpusDir, loadArticle } from './corpus/load.js';
export { READERS_WORDS_FILE } from './cyberviews.js';
export { seeded, type Wrappers, withTypo, wrapped } from './eval/alter.js';
export {
  LEARNED_FROM,
  type LearnedFold,
  learnAll,
  learnedFolds,
  learnFromSets,
  readersLearning,
} from './eval/learn.js';
export { NOVEL_BELOW, nearestOverlap } from './eval/novelty.js';
export {
  type Bounds,
  type EvalQuestion,
  type Figures,
  formatFigures,
  goldKey,
  pooledFigures,
  scoreAnswers,
  shortfalls,
} from './eval/score.js';
export { batchFolds, batchOf, fitWeights, folds, KNOBS, objective } from './eval/train.js';
export { type CedictEntry, chineseTerms } from './search/cedict.js';
export { PassageIndex } from './search/index.js';
export { RANKING } from './search/options.js';
export { learnReadersWords, NO_READERS_WORDS, type ReadersWords } from './search/readers.js';
export { englishFrequencyTable } from './search/specificity.js';
export { isAboutTheText, isStopword, stem } from './search/terms.js';
export { lemmaList, parseData, parseIndex, synonymTable } from './search/wordnet.js';
export { copySqliteToPostgres, TargetNotEmptyError } from './store/copy.js';
export { migratePostgres, PgPoolClient } from './store/postgres.js';
export { migrate, openSqliteStoreIn } from './store/sqlite.js';
