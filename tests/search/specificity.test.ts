import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/search/options.js';
import { specificity } from '../../src/search/specificity.js';

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
