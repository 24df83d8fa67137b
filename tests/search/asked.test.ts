import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { readersLearning } from '../../src/eval/learn.js';
import { createCyberviews } from '../../src/index.js';
import { AskedBefore, type AskedQuestion, askedFor, reorderByVotes } from '../../src/search/asked.js';
import { ImpactTable, termImpacts } from '../../src/search/impacts.js';
import { RANKING } from '../../src/search/options.js';
import { NO_READERS_WORDS } from '../../src/search/readers.js';

const asked: AskedQuestion[] = [
  { words: 'hack compani blame', passages: ['p5'] },
  { words: 'hack compani blame us', passages: ['p5'] },
  { words: 'sovereignti defin', passages: ['p19'] },
  { words: 'sovereignti un treati enshrin western oppos', passages: ['p77'] },
  { words: 'hack compani', passages: ['p5', 'p6'] },
];

describe('questions asked before', () => {
  it('vote for the passages that answered the nearest of them, the strongest at 1', () => {
    const { votes } = new AskedBefore(asked).near(['hack', 'compani', 'blame']);
    expect(votes.get('p5')).toBe(1);
    expect(votes.get('p6')).toBeGreaterThan(0);
    expect(votes.get('p6')).toBeLessThan(0.5);
    expect(votes.has('p19')).toBe(false);
  });

  it('count a longer question that merely contains this one for less than one that asks just this', () => {
    const { votes } = new AskedBefore(asked).near(['sovereignti']);
    expect(votes.get('p19')).toBeGreaterThan(3 * (votes.get('p77') ?? 1));
  });

  it('give no votes for words no labelled question used, or without labelled questions', () => {
    expect(new AskedBefore(asked).near(['capit', 'franc']).votes.size).toBe(0);
    expect(new AskedBefore([]).near(['hack']).votes.size).toBe(0);
  });

  it('are only the nearest `RANKING.asked.neighbours`', () => {
    const many = Array.from({ length: 30 }, (_, k) => ({ words: `hack w${k}`, passages: [`p${k}`] }));
    expect(new AskedBefore(many).near(['hack']).votes.size).toBe(RANKING.asked.neighbours);
  });

  const withUnanswered: AskedQuestion[] = [
    ...asked,
    { words: 'found center ?when', passages: [] },
    { words: 'found center year ?when', passages: [] },
    { words: 'found center ?who', passages: ['p30'] },
  ];

  it('say how much of the nearest went unanswered, telling “when” from “who”', () => {
    const before = new AskedBefore(withUnanswered);
    const when = before.near(['found', 'center', '?when']);
    expect(when.unanswered).toBeGreaterThan(0.8);
    expect(when.alikeUnanswered).toBe(1);
    expect(when.alike).toBeLessThan(1);
    const who = before.near(['found', 'center', '?who']);
    expect(who.unanswered).toBeLessThan(0.5);
    expect(who.alike).toBe(1);
    expect(who.votes.get('p30')).toBe(1);
  });

  it('vote for the sentences the nearest answered questions’ gold stood in', () => {
    const marked: AskedQuestion[] = [
      { words: 'hack compani blame', passages: ['p5'], sentences: { p5: [2] } },
      { words: 'hack compani', passages: ['p5', 'p6'], sentences: { p5: [2], p6: [0] } },
    ];
    const { votes, sentenceVotes } = new AskedBefore(marked).near(['hack', 'compani', 'blame']);
    expect(sentenceVotes.get('p5')?.get(2)).toBe(votes.get('p5'));
    expect(sentenceVotes.get('p5')?.has(0)).toBe(false);
    expect(sentenceVotes.get('p6')?.get(0)).toBe(votes.get('p6'));
  });

  it('say nothing went unanswered when the nearest were all answered', () => {
    expect(new AskedBefore(withUnanswered).near(['hack', 'compani']).unanswered).toBe(0);
  });
});

describe('what a question asks for', () => {
  it.each([
    ['Who founded the China Internet Data Center?', ['?who']],
    ['when was icann set up', ['?when']],
    ['what year did the dialogue start', ['?when']],
    ['where is the PLA unit', ['?where']],
    ['how many attacks in 2012', ['?howmany']],
    ['y would china deny it', ['?why']],
    ['what is cyber sovereignty', []],
  ])('reads “%s” as %o', (question, kinds) => {
    expect(askedFor(question)).toEqual(kinds);
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
    return {
      docs: Int32Array.from(results, (r) => r.id as number),
      scores: Float64Array.from(results, (r) => r.score),
    };
  }, docs.length);

  it.each([{ terms: ['hack'] }, { terms: ['hack', 'blame'] }, { terms: ['sovereignti', 'hack', 'us'] }])(
    'scores an OR query of $terms as minisearch does, and its best as minisearch orders them',
    ({ terms }) => {
      const ours = table.scores(new Map(terms.map((t) => [t, 1])));
      const theirs = search.search(terms.join(' '));
      expect(new Map(ours.map((s) => [s.at, s.score]))).toEqual(
        new Map(theirs.map((r) => [r.id as number, expect.closeTo(r.score, 10)])),
      );
      expect(table.best(new Map(terms.map((t) => [t, 1])), 2).all.map((s) => s.at)).toEqual(
        theirs.slice(0, 2).map((r) => r.id),
      );
    },
  );

  it('gives, from the same query, the best of the documents a filter keeps', () => {
    const { all, kept } = table.best(new Map([['hack', 1]]), 2, (at) => at !== 4);
    expect(all.map((s) => s.at)).toContain(4);
    expect(kept.map((s) => s.at)).not.toContain(4);
    expect(kept).toHaveLength(2);
  });

  it('counts how many of the query’s terms each document has', () => {
    const best = table.best(
      new Map([
        ['hack', 1],
        ['blame', 1],
      ]),
      1,
    );
    expect(best.all[0]).toMatchObject({ at: 0, matched: 2 });
  });
});

describe('answering with the questions asked before', () => {
  const learning = readersLearning(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus'));
  const asLearned = (question: string) => learning.askedTermsOf(question).join(' ');
  const coreAsked = (list: AskedQuestion[]) =>
    createCyberviews({ readersWords: { ...NO_READERS_WORDS, asked: list } });

  it('refuses a question whose nearest labelled questions all went unanswered', () => {
    const question = 'who is hua chunying';
    expect(coreAsked([]).ask(question).answered).toBe(true);
    const unanswered = Array.from({ length: 3 }, () => ({ words: asLearned(question), passages: [] }));
    expect(coreAsked(unanswered).ask(question).answered).toBe(false);
  });

  it('finds a Chinese question asked before by its characters, however the segmenter cuts either', () => {
    // 现在担任什么职务 / 现任何职: "holds what post now", in words the segmenter splits differently.
    const unanswered = Array.from({ length: 3 }, () => ({
      words: asLearned('杨洁篪现在担任什么职务'),
      passages: [],
    }));
    const question = '杨洁篪现任何职';
    expect(coreAsked([]).ask(question).answered).toBe(true);
    expect(coreAsked(unanswered).ask(question).answered).toBe(false);
  });

  it('refuses a question asked before word for word and left unanswered, though answered ones stand near', () => {
    const question = 'when did china submit the code of conduct';
    const answered = [`${question} first`, `${question} originally`].map((q) => ({
      words: asLearned(q),
      passages: ['p68'],
    }));
    expect(coreAsked(answered).ask(question).answered).toBe(true);
    const twin = { words: asLearned(question), passages: [] };
    expect(coreAsked([...answered, twin]).ask(question).answered).toBe(false);
  });

  it('answers a question the article names and nothing more, whatever went unanswered near it', () => {
    const question = 'what is the cyber blue team';
    const unanswered = Array.from({ length: 3 }, () => ({ words: asLearned(question), passages: [] }));
    expect(coreAsked(unanswered).ask(question).answered).toBe(true);
  });

  it('refuses a question the best passage covers word for word when the nearest all went unanswered, one nearly the same', () => {
    // ¶20 names the Iranian elections and Twitter; what the government did to Twitter it never says.
    const question = 'what did the iranian govt do to twitter after those elections';
    expect(coreAsked([]).ask(question).answered).toBe(true);
    const unanswered = Array.from({ length: 3 }, () => ({
      words: asLearned('what did the iranian government do to twitter after the presidential elections'),
      passages: [],
    }));
    expect(coreAsked(unanswered).ask(question).answered).toBe(false);
    const oneAnswered = [...unanswered.slice(1), { words: asLearned(question), passages: ['p20'] }];
    expect(coreAsked(oneAnswered).ask(question).answered).toBe(true);
  });

  it('refuses what someone said when questions like it went unanswered, though the passage names them', () => {
    // ¶57 names the Cyber Blue Team and cyberattacks, and reports what a spokesperson said of the team.
    const question = 'what did the blue team say about cyber attacks';
    expect(coreAsked([]).ask(question).answered).toBe(true);
    const unanswered = Array.from({ length: 3 }, () => ({ words: asLearned(question), passages: [] }));
    expect(coreAsked(unanswered).ask(question).answered).toBe(false);
    const answered = Array.from({ length: 3 }, () => ({ words: asLearned(question), passages: ['p57'] }));
    expect(coreAsked(answered).ask(question).answered).toBe(true);
  });

  it('answers what someone said when the passage quotes them, whatever went unanswered near it', () => {
    // ¶62 quotes a Liberation Army Daily article on hegemonic status; "its circulation" is not in the article.
    const question = 'what does the liberation army daily say about hegemony';
    const unanswered = Array.from({ length: 3 }, () => ({
      words: asLearned('what is the circulation of the liberation army daily'),
      passages: [],
    }));
    const answer = coreAsked(unanswered).ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.id).toBe('p62');
  });

  it('answers what ranking alone would refuse when questions like it were answered, with their passage first', () => {
    const question = 'does uncle sam accuse beijing of snooping on businesses';
    expect(coreAsked([]).ask(question).answered).toBe(false);
    const answer = coreAsked([{ words: asLearned(question), passages: ['p64'] }]).ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.id).toBe('p64');
  });
});

describe('term impacts computed without an index', () => {
  const learned = JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'readers-words.json'),
      'utf8',
    ),
  ) as { asked: AskedQuestion[] };
  const documents = learned.asked.map((q) => q.words.split(' '));
  const search = new MiniSearch<{ id: number; words: string }>({
    fields: ['words'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
  });
  search.addAll(learned.asked.map((q, id) => ({ id, words: q.words })));
  const ours = termImpacts(documents).impacts;

  it('count each document’s length in distinct terms, as minisearch does', () => {
    expect(termImpacts([['hack', 'compani', 'hack'], ['sovereignti']]).lengths).toEqual([2, 1]);
  });

  it.each(['sovereignti', 'china', '?who', 'icann', 'mandiant', 'nosuchstem'])(
    'give minisearch’s own scores for “%s” over the learned questions',
    (term) => {
      const theirs = new Map(search.search(term).map((r) => [r.id as number, r.score]));
      const { docs, scores } = ours(term);
      expect(docs).toHaveLength(theirs.size);
      docs.forEach((at, k) => {
        expect(scores[k]).toBeCloseTo(theirs.get(at) ?? Number.NaN, 10);
      });
    },
  );
});
