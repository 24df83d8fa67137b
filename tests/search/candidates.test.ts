import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { loadGlossary } from '../../src/cyberviews.js';
import { PassageIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { parseQuery } from '../../src/search/query.js';
import { rankPassages, resolveConcepts } from '../../src/search/rank.js';

const index = new PassageIndex(loadArticle(defaultCorpusDir()));
const glossary = loadGlossary(defaultCorpusDir());
const conceptsOf = (question: string) => resolveConcepts(parseQuery(question, glossary), index);

describe('candidates', () => {
  const concepts = conceptsOf('internet');
  const first = rankPassages(concepts, index).map((r) => r.passage.paragraph.id);
  // A passage BM25 finds (it uses the word) but ranks past the first candidates.
  const past =
    index.passages.find((p) => p.terms.has('internet') && !first.includes(p.paragraph.id))?.paragraph.id ??
    '';

  it('are BM25’s first `RANKING.candidates` passages', () => {
    expect(first).toHaveLength(RANKING.candidates);
    expect(past).not.toBe('');
  });

  it('include a passage further down when asked to consider it (the questions asked before voted for it)', () => {
    const ids = rankPassages(concepts, index, new Set(), new Set([past])).map((r) => r.passage.paragraph.id);
    expect(ids).toHaveLength(RANKING.candidates + 1);
    expect(ids).toContain(past);
  });
});
