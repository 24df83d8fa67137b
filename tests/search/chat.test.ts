import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { readChatForms, spellNumber, splitUnknownCompounds } from '../../src/search/chat.js';
import { normalizeText, stem } from '../../src/search/terms.js';

describe('readChatForms', () => {
  it('expands the short forms people type in chat', () => {
    expect(readChatForms('wat r the main pts abt govt control')).toBe(
      'what are the main points about government control',
    );
    expect(readChatForms('when n where was the 1st meeting')).toBe('when and where was the first meeting');
  });

  it('reads the abbreviations of everyday chat', () => {
    expect(readChatForms('main pts of the int’l cybersec args')).toBe(
      'main points of the international cybersecurity arguments',
    );
  });

  it('leaves the letters of U.S. and U.N. as they are: "u" and "n" are chat forms only alone', () => {
    expect(readChatForms('what did the U.S. and the U.N. say')).toBe('what did the U.S. and the U.N. say');
    expect(readChatForms('r the u.s. n china talking')).toBe('are the u.s. and china talking');
  });

  it('reads office shorthand', () => {
    expect(readChatForms('what did the mfa spox say at the mtg, per the auth srcs')).toBe(
      'what did the mfa spokesperson say at the meeting, per the auth sources',
    );
    expect(readChatForms('mil vs civ views, incl his recs in the concl')).toBe(
      'military and civilian views, including his recommendations in the conclusion',
    );
  });

  it('reads chat spellings of small words and comparisons', () => {
    expect(readChatForms('teh pla vs teh mfa, gonna ask btwn us')).toBe(
      'the pla and the mfa, going to ask between us',
    );
  });

  it('drops the laughs and asides of chat, which name no subject', () => {
    expect(readChatForms('did a pla spokesman really say that lmao').trim()).toBe(
      'did a pla spokesman really say that',
    );
    expect(readChatForms('ngl iirc he says china is a victim smh').replace(/\s+/g, ' ').trim()).toBe(
      'he says china is a victim',
    );
  });

  it('reads btw as between when two things follow, and as an aside otherwise', () => {
    expect(readChatForms('diff btw the mfa and the mnd')).toBe('difference between the mfa and the mnd');
    expect(readChatForms('btw what about icann')).toBe('by the way what about icann');
  });

  it('reads tl;dr, w/ and gov’t as words', () => {
    expect(readChatForms('tl;dr of the piece')).toBe('summary of the piece');
    expect(readChatForms('china w/ russia')).toBe('china with  russia');
    expect(readChatForms('gov’t role')).toBe('government role');
  });

  it('writes a percentage in words as well, the way the article does', () => {
    expect(readChatForms('80% of internet data')).toBe('80 eighty percent of internet data');
    expect(readChatForms('80 pct')).toBe('80 eighty percent');
  });

  it('spells a small count before what it counts, as the article writes "three basic types"', () => {
    expect(readChatForms('wat r the 3 kinds of sources')).toBe('what are the three kinds of sources');
    expect(readChatForms('the 12 root servers')).toBe('the twelve root servers');
    // Not a count of anything: a list item, a sum, a date, an amount, a rank.
    expect(readChatForms('item 3')).toBe('item 3');
    expect(readChatForms('2+2 equals')).toBe('2+2 equals');
    expect(readChatForms('july 8 dialogue')).toBe('july 8 dialogue');
    expect(readChatForms('$5 million')).toBe('$5 million');
    expect(readChatForms('ranked #1 for attacks')).toBe('ranked #1 for attacks');
  });

  it('leaves capitalised acronyms and ordinary words alone', () => {
    expect(readChatForms('What does the US say about ICANN?')).toBe('What does the US say about ICANN?');
    expect(readChatForms('ORG charts')).toBe('ORG charts');
  });

  it('leaves words that name what every object inherits as they are ("constructor", "toString")', () => {
    expect(readChatForms('what is the constructor of cyber sovereignty')).toBe(
      'what is the constructor of cyber sovereignty',
    );
    expect(readChatForms('tostring valueOf hasOwnProperty __proto__')).toBe(
      'tostring valueOf hasOwnProperty __proto__',
    );
  });

  it('reads question frames that only say how or why', () => {
    expect(readChatForms('To what extent do sources agree?')).toBe('how do sources agree?');
    expect(readChatForms('Under what circumstances might Beijing stop?')).toBe('how might Beijing stop?');
    expect(readChatForms('On what grounds do they object?')).toBe('why do they object?');
  });

  it('does not spell out bare numbers, which say nothing about the article', () => {
    expect(readChatForms('What is 2+2?')).toBe('What is 2+2?');
  });
});

describe('spellNumber', () => {
  it('reads a count in Chinese as the English number the article writes', () => {
    expect(readChatForms('三种来源')).toBe(' three 种来源');
    expect(readChatForms('文章的四个方面')).toBe('文章的 four 个方面');
    // 一 is mostly "a"; a numeral within a word or a larger number is no count.
    expect(readChatForms('一个问题')).toBe('一个问题');
    expect(readChatForms('十三个')).toBe('十三个');
    expect(readChatForms('统一')).toBe('统一');
  });

  it('spells the numbers an article writes in words', () => {
    expect(spellNumber(7)).toBe('seven');
    expect(spellNumber(80)).toBe('eighty');
    expect(spellNumber(83)).toBeUndefined();
  });
});

describe('numbers written as words or digits', () => {
  it('are one term', () => {
    expect(stem('thirteen')).toBe(stem('13'));
    expect(stem('three')).toBe(stem('3'));
    expect(stem('eighty')).toBe(stem('80'));
    // "one" is mostly a pronoun ("one source"), not a count.
    expect(stem('one')).not.toBe(stem('1'));
  });

  it('find the passage that writes them the other way', () => {
    const answer = createCyberviews().ask('how many of the thirteen root servers are in america');
    expect(answer.passages[0]?.excerpt).toContain('of the 13 so-called root servers');
  });
});

describe('splitUnknownCompounds', () => {
  const articleCompounds = new Set(['non-authoritative', 'self-discipline']);
  const keep = (compound: string) => articleCompounds.has(compound.toLowerCase());

  it('splits a hyphenated word the article does not use into its words', () => {
    expect(splitUnknownCompounds('the us is two-faced', keep)).toBe('the us is two faced');
    expect(splitUnknownCompounds('a UN-run internet', keep)).toBe('a UN run internet');
  });

  it('keeps the compounds the article or the glossary uses', () => {
    expect(splitUnknownCompounds('Non-authoritative sources on self-discipline', keep)).toBe(
      'Non-authoritative sources on self-discipline',
    );
  });
});

describe('accents and tone marks', () => {
  it('are folded away, letter for letter, so offsets still fit the text as typed', () => {
    expect(normalizeText('Rénmín Rìbào')).toBe('renmin ribao');
    expect(normalizeText('Huá Chūnyíng, naïve')).toBe('hua chunying, naive');
    expect(normalizeText('网络主权 Wǎngluò')).toBe('网络主权 wangluo');
  });

  it('leave a question in pinyin with tone marks answered as the same in the article’s toneless pinyin', () => {
    const core = createCyberviews();
    for (const [toned, plain] of [
      ['Hú Yànpíng who?? and what did he say', 'hu yanping who?? and what did he say'],
      [
        'Rénmín Rìbào quote abt bringing internet in line w/ state admin?',
        'renmin ribao quote abt bringing internet in line w/ state admin?',
      ],
    ] as const) {
      const answer = core.ask(toned);
      expect(answer.answered, toned).toBe(true);
      expect(answer.passages[0]?.id, toned).toBe(core.ask(plain).passages[0]?.id);
    }
  });
});
