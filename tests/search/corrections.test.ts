import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/corpus/load.js';
import { Glossary } from '../../src/search/glossary.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { resolveConcepts } from '../../src/search/rank.js';

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
