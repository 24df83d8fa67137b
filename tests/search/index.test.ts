import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/corpus/load.js';
import { FIELD_BOOST, PassageIndex } from '../../src/search/index.js';
import { Memo } from '../../src/search/memo.js';
import { hasPhrase, positionsOf, TermSpan } from '../../src/search/span.js';
import { stem } from '../../src/search/terms.js';

let index: PassageIndex;
beforeAll(() => {
  index = new PassageIndex(loadArticle());
});

describe("a passage's prior weight", () => {
  const passageStarting = (start: string) => {
    const passage = index.passages.find((p) => p.paragraph.text.startsWith(start));
    if (!passage) throw new Error(`no paragraph starts with ${start}`);
    return passage;
  };

  it('counts the paragraph announcing a quoted source below the quote itself', () => {
    const announcing = passageStarting('One very authoritative military source');
    const quote = passageStarting('protect national maritime rights');
    expect(quote.paragraph.kind).toBe('blockquote');
    expect(announcing.prior).toBeLessThan(quote.prior);
  });

  it('counts a paragraph whose quote follows a short "The author(s) state(s):" as announcing it too', () => {
    expect(passageStarting('Zhong Sheng provides a typical example').prior).toBeLessThan(1);
  });

  it('counts a paragraph of argument in full', () => {
    expect(passageStarting('In recent months, the issue of cybersecurity').prior).toBe(1);
  });
});

describe('the BM25 impact table', () => {
  const queries: Record<string, number>[] = [
    { sovereignti: 1 },
    { cybersovereignti: 1, sovereignti: 0.5, virtual: 0.5, territori: 0.5 },
    { root: 1, server: 1, unit: 0.8, state: 0.5 },
    { zhong: 1, sheng: 1, mandiant: 0.9, pentagon: 1 },
  ];

  it.each(queries)('gives what minisearch gives for the same boosted OR query: %o', (boosts) => {
    const ours = index.bm25(new Map(Object.entries(boosts)));
    const theirs = index.search.search(Object.keys(boosts).join(' '), {
      combineWith: 'OR',
      boost: FIELD_BOOST,
      boostTerm: (term) => boosts[term] ?? 1,
    });
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map((r) => r.passage.paragraph.id)).toEqual(theirs.map((r) => r.id));
    ours.forEach((r, i) => {
      expect(r.score).toBeCloseTo(theirs[i]?.score ?? Number.NaN, 9);
    });
  });

  it('finds nothing for a term the article lacks', () => {
    expect(index.bm25(new Map([['quantumcomput', 1]]))).toEqual([]);
  });

  it.each(queries)('puts first, in one pass, the passages a full sort puts first: %o', (boosts) => {
    const map = new Map(Object.entries(boosts));
    const sorted = index.bm25(map);
    const ids = (results: readonly { passage: { paragraph: { id: string } } }[]) =>
      results.map((r) => r.passage.paragraph.id);
    const { best, also } = index.bm25Best(map, 5, new Set());
    expect(ids(best)).toEqual(ids(sorted.slice(0, 5)));
    expect(best.map((r) => r.score)).toEqual(sorted.slice(0, 5).map((r) => r.score));
    expect(also).toEqual([]);
    // A passage asked for that ranks below the first five comes back too, with its own score.
    const sixth = sorted[5];
    if (sixth === undefined) return;
    const kept = index.bm25Best(map, 5, new Set([sixth.passage.paragraph.id])).also;
    expect(ids(kept)).toEqual([sixth.passage.paragraph.id]);
    expect(kept[0]?.score).toBe(sixth.score);
  });

  it('judges a passage a question names even when it matched none of its terms, scored 0', () => {
    const { also } = index.bm25Best(new Map([['sovereignti', 1]]), 3, new Set(), new Set(['p1']));
    expect(also.map((r) => [r.passage.paragraph.id, r.score])).toEqual([['p1', 0]]);
  });
});

describe('spans of a word sequence', () => {
  // "the root servers of the United States": stopwords are empty slots.
  const sequence = [[], ['root'], ['server'], [], [], ['unit'], ['state']];
  const positions = positionsOf(sequence);

  it('see only the terms inside their range', () => {
    const tail = new TermSpan(sequence, positions, 3, sequence.length);
    expect(tail.has('unit')).toBe(true);
    expect(tail.has('root')).toBe(false);
  });

  it('find phrases across one stopword, but not across two or past their end', () => {
    expect(hasPhrase(sequence, ['root', 'server'])).toBe(true);
    expect(hasPhrase(sequence, ['server', 'unit'])).toBe(false);
    expect(new TermSpan(sequence, positions, 0, 6).hasPhrase(['unit', 'state'])).toBe(false);
    expect(new TermSpan(sequence, positions, 0, 7).hasPhrase(['unit', 'state'])).toBe(true);
  });

  it('answer for the whole passage from its term set when given one', () => {
    const whole = new TermSpan(sequence, positions, 0, sequence.length, new Set(['official']));
    expect(whole.has('official')).toBe(true);
  });
});

describe('memos', () => {
  it('compute once per key, including undefined results', () => {
    const memo = new Memo<string | undefined>();
    let calls = 0;
    const compute = () => {
      calls++;
      return undefined;
    };
    memo.get('x', compute);
    memo.get('x', compute);
    expect(calls).toBe(1);
  });

  it('stay within their bound however many distinct questions arrive', () => {
    const memo = new Memo<number>(100);
    for (let i = 0; i < 1000; i++) memo.get(`word${i}`, () => i);
    expect(memo.size).toBeLessThanOrEqual(100);
  });

  it('are not fooled by words that name object properties', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('__proto__')).toBe('__proto__');
  });
});
