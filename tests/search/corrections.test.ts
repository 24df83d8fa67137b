import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/corpus/load.js';
import { Glossary } from '../../src/search/glossary.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { baseStems, resolveConcepts } from '../../src/search/rank.js';

let index: PassageIndex;
beforeAll(() => {
  index = new PassageIndex(loadArticle());
});

const concept = (question: string, label: string) =>
  resolveConcepts(parseQuery(question, new Glossary([])), index).find((c) => c.concept.label === label);

describe('spelling correction', () => {
  it('corrects a typo to the article’s word', () => {
    const c = concept('goverment views on hacking', 'goverment');
    expect(c?.corrected).toBe(true);
    expect(c?.phrase).toEqual(['government']);
  });

  it('does not bend a word English knows into a different word of the article', () => {
    // "complaint" is not in the article; "compliant" is, one transposition away.
    const c = concept('why did washington step up complaints', 'complaints');
    expect(c?.corrected).toBe(false);
    expect(c?.phrase).toEqual([]);
    expect(c?.known).toBe(false);
  });

  it('still lets an English word find another form of itself ("portrayal" → "portrays")', () => {
    const c = concept('the Chinese portrayal of ICANN', 'portrayal');
    expect(c?.corrected).toBe(true);
    expect(c?.phrase).toEqual(['portrai']);
  });
});

describe('comparatives, superlatives and adverbs', () => {
  it('are read as the plain word Porter leaves apart from them', () => {
    expect(baseStems('harsher')).toContain('harsh');
    expect(baseStems('closest')).toContain('close');
    expect(baseStems('bigger')).toContain('big');
    expect(baseStems('easier')).toContain('easi');
    expect(baseStems('openly')).toContain('open');
    expect(baseStems('easily')).toContain('easi');
  });

  it('find the article’s plain word, as the question’s own word, not a correction', () => {
    // The article says "open" and "close", never "openly" or "closest".
    for (const [word, base] of [
      ['openly', 'open'],
      ['closest', 'close'],
    ]) {
      const c = concept(`which sources come ${word} to naming motives`, word as string);
      expect(c?.phrase, word).toEqual([base]);
      expect(c?.known, word).toBe(true);
      expect(c?.corrected, word).toBe(false);
    }
  });
});
