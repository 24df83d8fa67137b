import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/search/options.js';
import { keyness, specificity } from '../../src/search/specificity.js';

const of = (word: string) => specificity(word, RANKING.specificity);

describe('specificity', () => {
  it('is low for everyday words and full for specific ones', () => {
    expect(of('deal')).toBeLessThan(0.7);
    expect(of('think')).toBe(RANKING.specificity.floor);
    expect(of('sovereignty')).toBe(1);
    expect(of('espionage')).toBe(1);
  });

  it('is full for words English subtitles never use', () => {
    expect(of('cyberespionage')).toBe(1);
  });
});

describe('keyness', () => {
  it('is high for the words a text is about and low for everyday words it happens to use', () => {
    // Shares of the article's 85 passages: "sovereignty" 7, "government" 26, "reading" 1, "right" 4.
    expect(keyness('sovereignty', 7 / 85)).toBeGreaterThan(keyness('government', 26 / 85));
    expect(keyness('government', 26 / 85)).toBeGreaterThan(3);
    expect(keyness('reading', 1 / 85)).toBeLessThan(3);
    expect(keyness('right', 4 / 85)).toBeLessThan(keyness('reading', 1 / 85));
  });

  it('grows with the share of passages using the word', () => {
    expect(keyness('hegemony', 8 / 85)).toBeGreaterThan(keyness('hegemony', 1 / 85));
  });
});
