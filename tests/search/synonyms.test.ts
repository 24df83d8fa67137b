import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSynonyms } from '../../adapters/cli/synonyms.js';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { Glossary } from '../../src/search/glossary.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { resolveConcepts } from '../../src/search/rank.js';

const table = JSON.parse(readFileSync(join(defaultCorpusDir(), 'synonyms.json'), 'utf8')) as Record<
  string,
  string[]
>;

let index: PassageIndex;
beforeAll(() => {
  index = new PassageIndex(loadArticle());
});

describe('the WordNet synonym table', () => {
  it('is what `npm run synonyms` builds from WordNet and the article', () => {
    expect(buildSynonyms()).toEqual(table);
  }, 30_000);

  it('maps an English word to the article’s words that share its commonest senses', () => {
    expect(table.curb).toContain('control');
    expect(table.admit).toContain('acknowledg');
  });
});

describe('synonyms in questions', () => {
  const concept = (question: string, word: string) => {
    const glossary = new Glossary([], table);
    const concepts = resolveConcepts(parseQuery(question, glossary), index, (s) => glossary.synonymsOf(s));
    return concepts.find((c) => c.concept.label === word);
  };

  it('give a word the article never uses the article’s words for it', () => {
    expect(concept('would Beijing curb espionage', 'curb')?.synonyms).toContain('control');
  });

  it('leave the article’s own words alone', () => {
    expect(concept('would Beijing control espionage', 'control')?.synonyms).toEqual([]);
  });
});
