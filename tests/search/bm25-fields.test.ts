import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { FIELD_BOOST, PassageIndex } from '../../src/search/index.js';
import { NO_READERS_WORDS, type ReadersWords } from '../../src/search/readers.js';
import { stem } from '../../src/search/terms.js';

const article = loadArticle(defaultCorpusDir());
const idOf = (text: string) => article.paragraphs.find((p) => p.text.includes(text))?.id ?? '';
/** minisearch's BM25 for one word (a hyphenated compound is one term): passage id → score. */
const bm25 = (index: PassageIndex, word: string) =>
  new Map(
    index.bm25(new Map([[stem(word.replace(/-/g, '')), 1]])).map((r) => [r.passage.paragraph.id, r.score]),
  );

describe('BM25 reads a paragraph with its neighbours', () => {
  const index = new PassageIndex(article, NO_READERS_WORDS);
  // "Such a viewpoint leads to a more state-centric orientation …" stands in the paragraph before the one
  // that says why ("This viewpoint reflects … concern with social disorder").
  const says = idOf('state-centric orientation');
  const why = idOf('This viewpoint reflects to a great extent');
  const scores = bm25(index, 'state-centric');

  it('finds the paragraph after the one using a word, by that word, below the one using it', () => {
    expect(why).not.toBe(says);
    expect(index.passages.find((p) => p.paragraph.id === why)?.terms.has(stem('statecentric'))).toBe(false);
    expect(scores.get(why)).toBeGreaterThan(0);
    expect(scores.get(why)).toBeLessThan(scores.get(says) ?? 0);
  });

  it('does not take a neighbour’s word as the passage’s own evidence', () => {
    const passage = index.passages.find((p) => p.paragraph.id === why);
    expect(passage?.span.has(stem('statecentric'))).toBe(false);
  });

  it('finds only paragraphs using the word or next to one that does', () => {
    const uses = (i: number) => article.paragraphs[i]?.text.includes('state-centric') === true;
    const found = article.paragraphs.flatMap((p, i) => (scores.has(p.id) ? [i] : []));
    expect(found.length).toBeGreaterThan(2);
    for (const i of found)
      expect(uses(i - 1) || uses(i) || uses(i + 1), article.paragraphs[i]?.id).toBe(true);
  });
});

describe('BM25 reads readers’ words as a field of their own', () => {
  const target = idOf('This viewpoint reflects to a great extent');
  const taught: ReadersWords = { ...NO_READERS_WORDS, passages: { [target]: { zorblat: 2 } } };

  it('finds a passage by a word only readers used for it, which the article never uses', () => {
    const plain = bm25(new PassageIndex(article, NO_READERS_WORDS), 'zorblat');
    const learned = bm25(new PassageIndex(article, taught), 'zorblat');
    expect(plain.size).toBe(0);
    expect([...learned.keys()]).toEqual([target]);
  });

  it('counts a word more the more questions used it, up to a limit', () => {
    const score = (n: number) =>
      bm25(
        new PassageIndex(article, { ...NO_READERS_WORDS, passages: { [target]: { zorblat: n } } }),
        'zorblat',
      ).get(target) ?? 0;
    expect(score(2)).toBeGreaterThan(score(1));
    expect(score(50)).toBe(score(3));
    expect(FIELD_BOOST.readers).toBeGreaterThan(0);
  });
});
