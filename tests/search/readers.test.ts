import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READERS_WORDS_FILE } from '../../src/cyberviews.js';
import { LEARNED_FROM, learnFromSets } from '../../src/eval/learn.js';
import { createCyberviews } from '../../src/index.js';
import { askedFor, askedTerms } from '../../src/search/asked.js';
import { RANKING } from '../../src/search/options.js';
import {
  type Learning,
  learnReadersWords,
  learnUnanswered,
  NO_READERS_WORDS,
  type ReadersWords,
  snippetInSentence,
} from '../../src/search/readers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, 'corpus');

/** A learning over two passages: p1 uses "sovereignti", p2 uses nothing; stems are the words. */
const learning: Learning = {
  answering: (q) =>
    q.gold.map((g) =>
      g.startsWith('first') ? { passage: 'p1', sentences: [1] } : { passage: 'p2', sentences: [] },
    ),
  stemsOf: (q) => q.split(' '),
  askedTermsOf: (q) => askedTerms(q.split(' '), askedFor(q)),
  uses: (id, stem) => id === 'p1' && stem === 'sovereignti',
};

describe('learning readers’ words', () => {
  it('teaches each answering passage, and the sentences its gold stands in, the question’s stems it does not use', () => {
    const words = learnReadersWords(
      [
        { q: 'hack sovereignti', gold: ['first passage'] },
        { q: 'hack hack firm', gold: ['first passage', 'second passage'] },
      ],
      learning,
    );
    expect(words).toEqual({
      passages: { p1: { firm: 1, hack: 2 }, p2: { firm: 1, hack: 1 } },
      sentences: { p1: { 1: { firm: 1, hack: 2 } } },
      asked: [
        { words: 'hack sovereignti', passages: ['p1'], sentences: { p1: [1] } },
        { words: 'hack firm', passages: ['p1', 'p2'], sentences: { p1: [1] } },
      ],
    });
  });

  it('learns no words from out-of-scope questions, only that they were asked and not answered', () => {
    expect(learnReadersWords([{ q: 'capital franc', gold: [] }], learning)).toEqual({
      passages: {},
      sentences: {},
      asked: [{ words: 'capital franc', passages: [] }],
    });
  });

  it('learn from out-of-scope questions the words the passage shown first lacks', () => {
    const shownFirst = (q: string) => (q.includes('sovereignti') ? 'p1' : undefined);
    const unanswered = learnUnanswered(
      [
        { q: 'who led sovereignti', gold: [] },
        { q: 'sovereignti led', gold: ['first passage'] },
        { q: 'capital franc', gold: [] },
      ],
      learning,
      shownFirst,
    );
    // The answerable question teaches nothing here; the refused one ("capital franc") neither.
    expect(unanswered).toEqual({ p1: { led: 1, who: 1 } });
  });

  it('find the sentences a gold snippet stands in, across a sentence break too', () => {
    const first = 'beijinghasrepeatedlydeniedcarryingoutcyberattacks';
    const second = 'whilecallingforbilateralandmultilateralcooperation';
    expect(snippetInSentence(first, 'repeatedlydeniedcarrying')).toBe(true);
    const across = 'deniedcarryingoutcyberattackswhilecallingforbilateral';
    expect(snippetInSentence(first, across)).toBe(true);
    expect(snippetInSentence(second, across)).toBe(true);
    expect(snippetInSentence(second, 'repeatedlydeniedcarrying')).toBe(false);
  });

  it('are learned from the tuning and regression sets only, never the blind test set', () => {
    expect(LEARNED_FROM).toEqual(['tests/eval/tuning.json', 'tests/eval/questions.json']);
  });

  it('in the corpus are current: run `npm run learn` after a labelled set, the glossary or the tokeniser changes', () => {
    const shipped = JSON.parse(readFileSync(join(corpusDir, READERS_WORDS_FILE), 'utf8'));
    expect(shipped).toEqual(learnFromSets(root, corpusDir));
    // Answers every labelled question once: some 10 s alone, more on a busy machine.
  }, 90_000);
});

describe('ranking with readers’ words', () => {
  const only = (passages: ReadersWords['passages']): ReadersWords => ({ ...NO_READERS_WORDS, passages });
  const rankOf = (question: string, passages: ReadersWords['passages'], id: string) =>
    createCyberviews({ readersWords: only(passages) })
      .ask(question, { limit: 10 })
      .passages.findIndex((p) => p.id === id);

  it('lifts a passage readers called by a word it does not use', () => {
    // ¶74 (the government's duty over the Internet) never says "companies"; without readers' words it
    // ranks below passages that do.
    const question = 'cyber sovereignty and companies';
    const without = rankOf(question, {}, 'p74');
    const withWords = rankOf(question, { p74: { compani: 2 } }, 'p74');
    expect(withWords).toBeGreaterThanOrEqual(0);
    expect(without === -1 || withWords < without).toBe(true);
  });

  it('refuse a question whose words out-of-scope questions asked near the best passage, which lacks them', () => {
    // ¶5 dates the first CWG dialogue but never says "meeting"; out-of-scope questions asked about later
    // meetings near it.
    const question = 'CWG first meeting';
    const plain = createCyberviews({ readersWords: NO_READERS_WORDS }).ask(question);
    expect(plain.passages[0]?.id).toBe('p5');
    const words = { ...NO_READERS_WORDS, unanswered: { p5: { meet: 2 } } };
    expect(createCyberviews({ readersWords: words }).ask(question).answered).toBe(false);
  });

  it('choose the excerpt: the sentence readers’ gold snippets stood in', () => {
    // ¶19's second sentence names cyber sovereignty; asked in words readers used for its first sentence,
    // the excerpt moves to the first.
    const question = 'what do the zebras say about cyber sovereignty';
    const passages = { p19: { zebra: 2 } };
    const plain = createCyberviews({ readersWords: { ...NO_READERS_WORDS, passages } }).ask(question);
    expect(plain.passages[0]?.excerpt).toMatch(/^In particular/);
    const sentences = { p19: { 0: { zebra: 2 } } };
    const taught = createCyberviews({ readersWords: { ...NO_READERS_WORDS, passages, sentences } }).ask(
      question,
    );
    expect(taught.passages[0]?.excerpt).toMatch(/^Beyond such general concerns/);
  });

  it('take a word the article lacks as paraphrase only when readers used it for the passage twice', () => {
    const question = 'what do the zebras say about sovereignty';
    const once = createCyberviews({ readersWords: only({ p19: { zebra: 1 } }) }).ask(question);
    expect(once.answered).toBe(false);
    const twice = createCyberviews({ readersWords: only({ p19: { zebra: 2 } }) }).ask(question);
    expect(twice.answered).toBe(true);
    expect(twice.passages[0]?.id).toBe('p19');
  });

  it('take a word the article lacks as chat when readers used it for passages all over the article', () => {
    const question = 'what do the zebras say about sovereignty';
    const usedFor = (n: number) =>
      only(Object.fromEntries(Array.from({ length: n }, (_, k) => [`p${k + 30}`, { zebra: 1 }])));
    const few = createCyberviews({ readersWords: usedFor(RANKING.readers.everywhere - 1) }).ask(question);
    expect(few.answered).toBe(false);
    const everywhere = createCyberviews({ readersWords: usedFor(RANKING.readers.everywhere) }).ask(question);
    expect(everywhere.answered).toBe(true);
    expect(everywhere.passages[0]?.id).toBe('p19');
  });
});
