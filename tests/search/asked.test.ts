import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { AskedBefore, type AskedQuestion, reorderByVotes } from '../../src/search/asked.js';
import { ImpactTable } from '../../src/search/impacts.js';
import { RANKING } from '../../src/search/options.js';

const asked: AskedQuestion[] = [
  { words: 'hack compani blame', passages: ['p5'] },
  { words: 'hack compani blame us', passages: ['p5'] },
  { words: 'sovereignti defin', passages: ['p19'] },
  { words: 'sovereignti un treati enshrin western oppos', passages: ['p77'] },
  { words: 'hack compani', passages: ['p5', 'p6'] },
];

describe('questions asked before', () => {
  it('vote for the passages that answered the nearest of them, the strongest at 1', () => {
    const votes = new AskedBefore(asked).votes(['hack', 'compani', 'blame']);
    expect(votes.get('p5')).toBe(1);
    expect(votes.get('p6')).toBeGreaterThan(0);
    expect(votes.get('p6')).toBeLessThan(0.5);
    expect(votes.has('p19')).toBe(false);
  });

  it('count a longer question that merely contains this one for less than one that asks just this', () => {
    const votes = new AskedBefore(asked).votes(['sovereignti']);
    expect(votes.get('p19')).toBeGreaterThan(3 * (votes.get('p77') ?? 1));
  });

  it('give no votes for words no labelled question used, or without labelled questions', () => {
    expect(new AskedBefore(asked).votes(['capit', 'franc']).size).toBe(0);
    expect(new AskedBefore([]).votes(['hack']).size).toBe(0);
  });

  it('are only the nearest `RANKING.asked.neighbours`', () => {
    const many = Array.from({ length: 30 }, (_, k) => ({ words: `hack w${k}`, passages: [`p${k}`] }));
    expect(new AskedBefore(many).votes(['hack']).size).toBe(RANKING.asked.neighbours);
  });
});

describe('reordering by votes', () => {
  const ranked = [
    { score: 1, passage: { paragraph: { id: 'p19' } } },
    { score: 0.7, passage: { paragraph: { id: 'p77' } } },
    { score: 0.2, passage: { paragraph: { id: 'p5' } } },
  ];
  const ids = (list: typeof ranked) => list.map((r) => r.passage.paragraph.id);

  it('puts a close second first when the questions asked before voted for it', () => {
    expect(ids(reorderByVotes(ranked, new Map([['p77', 1]])))).toEqual(['p77', 'p19', 'p5']);
  });

  it('does not lift a weak passage past a much stronger one on a small vote', () => {
    expect(ids(reorderByVotes(ranked, new Map([['p5', 0.3]])))).toEqual(['p19', 'p77', 'p5']);
  });

  it('keeps ranking’s order without votes', () => {
    expect(ids(reorderByVotes(ranked, new Map()))).toEqual(['p19', 'p77', 'p5']);
  });
});

describe('the impact table', () => {
  const docs = asked.map((q, id) => ({ id, words: q.words }));
  const search = new MiniSearch<{ id: number; words: string }>({ fields: ['words'] });
  search.addAll(docs);
  const table = new ImpactTable((term) => {
    const results = search.search(term);
    return { docs: results.map((r) => r.id as number), scores: results.map((r) => r.score) };
  }, docs.length);

  it.each([{ terms: ['hack'] }, { terms: ['hack', 'blame'] }, { terms: ['sovereignti', 'hack', 'us'] }])(
    'scores an OR query of $terms as minisearch does, and its best as minisearch orders them',
    ({ terms }) => {
      const ours = table.scores(new Map(terms.map((t) => [t, 1])));
      const theirs = search.search(terms.join(' '));
      expect(new Map(ours.map((s) => [s.at, s.score]))).toEqual(
        new Map(theirs.map((r) => [r.id as number, expect.closeTo(r.score, 10)])),
      );
      expect(table.best(new Map(terms.map((t) => [t, 1])), 2).map((s) => s.at)).toEqual(
        theirs.slice(0, 2).map((r) => r.id),
      );
    },
  );

  it('counts how many of the query’s terms each document has', () => {
    const best = table.best(
      new Map([
        ['hack', 1],
        ['blame', 1],
      ]),
      1,
    );
    expect(best[0]).toMatchObject({ at: 0, matched: 2 });
  });
});
