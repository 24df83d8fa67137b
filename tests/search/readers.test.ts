import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READERS_WORDS_FILE } from '../../src/cyberviews.js';
import { LEARNED_FROM, learnFromSets } from '../../src/eval/learn.js';
import { createCyberviews } from '../../src/index.js';
import {
  type Learning,
  learnReadersWords,
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
    });
  });

  it('learns nothing from out-of-scope questions', () => {
    expect(learnReadersWords([{ q: 'capital franc', gold: [] }], learning)).toEqual(NO_READERS_WORDS);
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
  });
});

describe('ranking with readers’ words', () => {
  const only = (passages: ReadersWords['passages']): ReadersWords => ({ passages, sentences: {} });
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

  it('never make the bot answer a question about what the article lacks', () => {
    const core = createCyberviews({ readersWords: only({ p19: { zebra: 9 } }) });
    expect(core.ask('what do the zebras say about sovereignty').answered).toBe(false);
  });
});
