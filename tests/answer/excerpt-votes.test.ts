import { describe, expect, it } from 'vitest';
import { chooseExcerpt } from '../../src/answer/excerpt.js';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { loadGlossary } from '../../src/cyberviews.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { resolveConcepts } from '../../src/search/rank.js';

const article = loadArticle(defaultCorpusDir());
const index = new PassageIndex(article);
const glossary = loadGlossary(defaultCorpusDir());

/** A paragraph and a long word standing in its first sentence and again in a later, non-adjacent one. */
function wordTwice(): { paragraph: (typeof article.paragraphs)[number]; word: string; later: number } {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{7,}/g) ?? []);
  for (const paragraph of article.paragraphs) {
    const first = words(paragraph.sentences[0]?.text ?? '');
    for (let later = 2; later < paragraph.sentences.length; later++) {
      const word = [...words(paragraph.sentences[later]?.text ?? '')].find((w) => first.has(w));
      if (word) return { paragraph, word, later };
    }
  }
  throw new Error('no paragraph repeats a word two sentences apart');
}

describe('the excerpt, with the questions asked before', () => {
  const { paragraph, word, later } = wordTwice();
  const concepts = resolveConcepts(parseQuery(word, glossary), index);
  const laterText = paragraph.sentences[later]?.text ?? '';

  it('shows, of two sentences with the same evidence, the one labelled questions like this were answered by', () => {
    expect(chooseExcerpt(paragraph, concepts).text).not.toContain(laterText);
    const voted = chooseExcerpt(paragraph, concepts, { sentenceVotes: new Map([[later, 1]]) });
    expect(voted.text).toContain(laterText);
  });
});
