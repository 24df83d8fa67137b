import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READERS_WORDS_FILE } from '../../src/cyberviews.js';
import { LEARNED_FROM, learnFromSets } from '../../src/eval/learn.js';
import { createCyberviews } from '../../src/index.js';
import { type Learning, learnReadersWords } from '../../src/search/readers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, 'corpus');

/** A learning over two passages: p1 uses "sovereignti", p2 uses nothing; stems are the words. */
const learning: Learning = {
  answering: (q) => q.gold.map((g) => (g.startsWith('first') ? 'p1' : 'p2')),
  stemsOf: (q) => q.split(' '),
  uses: (id, stem) => id === 'p1' && stem === 'sovereignti',
};

describe('learning readers’ words', () => {
  it('teaches each answering passage the question’s stems it does not use, counting questions', () => {
    const words = learnReadersWords(
      [
        { q: 'hack sovereignti', gold: ['first passage'] },
        { q: 'hack hack firm', gold: ['first passage', 'second passage'] },
      ],
      learning,
    );
    expect(words).toEqual({ p1: { firm: 1, hack: 2 }, p2: { firm: 1, hack: 1 } });
  });

  it('learns nothing from out-of-scope questions', () => {
    expect(learnReadersWords([{ q: 'capital franc', gold: [] }], learning)).toEqual({});
  });

  it('are learned from the tuning and regression sets only, never the blind test set', () => {
    expect(LEARNED_FROM).toEqual(['tests/eval/tuning.json', 'tests/eval/questions.json']);
  });

  it('in the corpus are current: run `npm run learn` after a labelled set, the glossary or the tokeniser changes', () => {
    const shipped = JSON.parse(readFileSync(join(corpusDir, READERS_WORDS_FILE), 'utf8'));
    expect(shipped).toEqual(learnFromSets(root, corpusDir));
  });
});

describe('ranking with readers’ words', () => {
  const rankOf = (question: string, readersWords: Record<string, Record<string, number>>, id: string) =>
    createCyberviews({ readersWords })
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

  it('never make the bot answer a question about what the article lacks', () => {
    const core = createCyberviews({ readersWords: { p19: { zebra: 9 } } });
    expect(core.ask('what do the zebras say about sovereignty').answered).toBe(false);
  });
});
