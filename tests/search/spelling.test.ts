import { beforeAll, describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answer/answer.js';
import { loadArticle } from '../../src/corpus/load.js';
import { createCyberviews } from '../../src/index.js';
import { Glossary } from '../../src/search/glossary.js';
import { PassageIndex } from '../../src/search/index.js';
import {
  correctSpelling,
  isLemmaForm,
  isSlip,
  slippedForms,
  type Vocabulary,
} from '../../src/search/spelling.js';

let index: PassageIndex;
let vocabulary: Vocabulary;
beforeAll(() => {
  index = new PassageIndex(loadArticle());
  vocabulary = { articleWords: index.words, isKnown: (word) => word === 'swaine' };
});

const corrected = (question: string) => correctSpelling(question, vocabulary);

describe('reading a misspelt question', () => {
  it('reads a typo as the article’s word it stands for', () => {
    expect(corrected('how do chinese defnie cybersecurty')).toBe('how do chinese define cybersecurity');
    expect(corrected('what is washinhgton worried about')).toBe('what is washington worried about');
  });

  it('reads a typo of a word the article lacks as the English word', () => {
    // Neither "compare" nor "understand" stands in the article; its synonyms and readers' words do.
    expect(corrected('does he compaqe the two')).toBe('does he compare the two');
    expect(corrected('i dont undrestand the point')).toBe('i dont understand the point');
  });

  it('reads a short word only for a letter left out or two swapped, the commonest slips', () => {
    expect(corrected('abot the ofice')).toBe('about the office');
    expect(corrected('whree is the quoet')).toBe('where is the quote');
    expect(isSlip('abot', 'about')).toBe(true);
    expect(isSlip('quoet', 'quote')).toBe(true);
    // "conf" is one letter from "cone", but a changed letter in a short word is likelier meant.
    expect(isSlip('conf', 'cone')).toBe(false);
    expect(corrected('the conf in june')).toBe('the conf in june');
  });

  it('spells out every slip of a word, each one a slip of it and nothing else', () => {
    const slips = slippedForms('audrye');
    expect(slips).toContain('audrey');
    expect(slips).toContain('audry');
    expect(slips).not.toContain('audrye');
    for (const slip of slips) expect(isSlip(slip, 'audrye'), slip).toBe(true);
    expect(new Set(slips).size).toBe(5 + 6);
  });

  it('reads a short word one changed letter from one of the article’s commonest words as that word', () => {
    const common = {
      ...vocabulary,
      articleWords: new Map([...index.words, ['cyber', 'cyber']]),
      commonWords: new Set(['cyber', 'china']),
    };
    expect(correctSpelling('the cyzer office in cvina', common)).toBe('the cyber office in china');
    // Not towards other words: "conf" stays, as without common words.
    expect(correctSpelling('the conf in june', common)).toBe('the conf in june');
    // Without them, a changed letter in a short word is likelier meant.
    expect(correctSpelling('the cyzer office', { ...common, commonWords: new Set() })).toBe(
      'the cyzer office',
    );
  });

  it('prefers a slip to another edit as far ("acuses": accuses, not amuses)', () => {
    expect(corrected('who acuses the us')).toBe('who accuses the us');
  });

  it('leaves real English words the article lacks as they are, with their inflections', () => {
    for (const word of ['spoofed', 'headquartered', 'staffed', 'blunter', 'disclosures', 'complaints'])
      expect(corrected(`was it ${word}`), word).toBe(`was it ${word}`);
    expect(isLemmaForm('spoofed')).toBe(true);
    expect(isLemmaForm('spoofd')).toBe(false);
  });

  it('reads a word only WordNet knows as the article’s word it is a slip of, and leaves it otherwise', () => {
    // "chian" (of Chios) and "cober" are WordNet lemmas spoken English hardly uses.
    expect(corrected('what does chian want')).toBe('what does china want');
    expect(corrected('the cober office')).toBe('the cober office');
  });

  it('leaves abbreviations of the article’s words, acronyms and names it does not have', () => {
    expect(corrected('what do auth srcs say')).toBe('what do auth srcs say');
    expect(corrected('is UNCLOS or a gTLD mentioned')).toBe('is UNCLOS or a gTLD mentioned');
    // A capitalised word within the question is a name: only the article's names correct it.
    expect(corrected('what did Barack Obama say')).toBe('what did Barack Obama say');
    expect(corrected('what does Zhong Shneg say')).toBe('what does Zhong Sheng say');
  });

  it('leaves the words the vocabulary knows (the author’s name) and words too short to judge', () => {
    expect(corrected('what does swaine think of teh PLA')).toBe('what does swaine think of teh PLA');
  });
});

describe('a slip that lands on another real word', () => {
  const beside = (question: string) =>
    correctSpelling(question, {
      ...vocabulary,
      // The prefix the article joins to the next word ("cyber attacks") is its word too.
      articleWords: new Map([...index.words, ['cyber', 'cyber']]),
      pairs: new Set(['cyber attacks', 'army daily', 'cyberspace stating', 'internal debates']),
    });

  it('is read as the article’s word when that word stands beside its neighbour in the article', () => {
    expect(beside('are cyder attacks rising')).toBe('are cyber attacks rising');
    expect(beside('what does the liberation army dairy say')).toBe('what does the liberation army daily say');
    // Beside a neighbour written against another script: "個army dairy".
    expect(beside('解放軍個army dairy 講咩')).toBe('解放軍個army daily 講咩');
  });

  it('is left as typed without that neighbour, or when it is the commoner word or another form of it', () => {
    expect(beside('a cyder bottle')).toBe('a cyder bottle');
    expect(corrected('are cyder attacks rising')).toBe('are cyder attacks rising');
    expect(beside('is cyberspace starting to matter')).toBe('is cyberspace starting to matter');
    expect(beside('any internal debate')).toBe('any internal debate');
  });
});

describe('a misspelt question, answered', () => {
  it('is read before the glossary and ranking, so it is answered as the well-spelt one is', () => {
    const core = createCyberviews();
    const glossary = new Glossary([]);
    expect(readQuestion('how do chinese defnie cybersecurty', index, glossary)).toBe(
      'how do chinese define cybersecurity',
    );
    // "compare" is not the article's word: only reading English corrects "compaqe".
    const typed = core.ask('does he compaqe military and civilian sources');
    const spelt = core.ask('does he compare military and civilian sources');
    expect(typed.answered).toBe(true);
    expect(typed.passages.map((p) => p.id)).toEqual(spelt.passages.map((p) => p.id));
  });

  it('joins two words the article writes as one hyphenated word, when one of them is not its word alone', () => {
    const glossary = new Glossary([]);
    expect(readQuestion("peoples daily 'lower hanging fruit' thing", index, glossary)).toBe(
      "peoples daily 'lower-hanging fruit' thing",
    );
    expect(readQuestion('what are non authoritative sources', index, glossary)).toBe(
      'what are non-authoritative sources',
    );
    // Words the article also uses apart stay apart.
    expect(readQuestion('what is cyber sovereignty', index, glossary)).toBe('what is cyber sovereignty');
    const core = createCyberviews();
    const typed = core.ask("peoples daily 'lower hanging fruit' thing - wdym, US more vulnerable??");
    expect(typed.answered).toBe(true);
    expect(typed.passages[0]?.paragraph).toBe(51);
  });

  it('reads a slip of a prefix the article joins to the next word ("cyber attacks") as that prefix', () => {
    const core = createCyberviews();
    const spelt = core.ask('what is cyber sovereignty').passages.map((p) => p.id);
    for (const typed of [
      'what is cyebr sovereignty',
      'what is cybr sovereignty',
      'what is cyzer sovereignty',
    ]) {
      const answer = core.ask(typed);
      expect(answer.answered, typed).toBe(true);
      expect(answer.passages.map((p) => p.id)).toEqual(spelt);
    }
  });
});

describe('a slip that lands on another real word, answered', () => {
  it('is answered as the well-spelt question is', () => {
    const core = createCyberviews();
    const typed = core.ask('how many of the 13 root severs are in the us');
    expect(typed.answered).toBe(true);
    expect(typed.passages[0]?.id).toBe(
      core.ask('how many of the 13 root servers are in the us').passages[0]?.id,
    );
  });
});
