// What `npm run learn` learns readers' words with: the article's passages, the gold snippets that mark
// which passages answer a labelled question, and the question's stems as ranking reads them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestion } from '../answer/answer.js';
import { loadArticle } from '../corpus/load.js';
import { loadGlossary } from '../cyberviews.js';
import { PassageIndex } from '../search/index.js';
import { parseQuery } from '../search/query.js';
import {
  goldKey,
  type LabelledQuestion,
  type Learning,
  learnReadersWords,
  type ReadersWords,
} from '../search/readers.js';

export function readersLearning(corpusDir: string): Learning {
  const article = loadArticle(corpusDir);
  const index = new PassageIndex(article);
  const glossary = loadGlossary(corpusDir);
  const texts = article.paragraphs.map((p) => [p.id, goldKey(p.text)] as const);
  const terms = new Map(index.passages.map((p) => [p.paragraph.id, p.terms]));
  return {
    answering: (question) => {
      const golds = question.gold.map(goldKey);
      return texts.filter(([, text]) => golds.some((g) => text.includes(g))).map(([id]) => id);
    },
    stemsOf: (question) =>
      parseQuery(readQuestion(question, index, glossary), glossary).concepts.flatMap((c) => c.phrase),
    uses: (id, stem) => terms.get(id)?.has(stem) ?? false,
  };
}

/** The labelled sets readers' words are learned from, relative to the project root: never the blind test. */
export const LEARNED_FROM = ['tests/eval/tuning.json', 'tests/eval/questions.json'] as const;

export interface ReadersWordsFile {
  about: string;
  learnedFrom: { file: string; questions: number }[];
  passages: ReadersWords;
}

/** Learns readers' words from the project's labelled sets (`LEARNED_FROM`) for the corpus. */
export function learnFromSets(root: string, corpusDir: string): ReadersWordsFile {
  const sets = LEARNED_FROM.map((file) => ({
    file,
    questions: JSON.parse(readFileSync(join(root, file), 'utf8')) as LabelledQuestion[],
  }));
  return {
    about:
      'Readers’ words (src/search/readers.ts): for each passage, the stems of labelled questions’ words that ask for it and that it does not use, with how many questions used each. Written by `npm run learn`; do not edit.',
    learnedFrom: sets.map(({ file, questions }) => ({ file, questions: questions.length })),
    passages: learnReadersWords(
      sets.flatMap((s) => s.questions),
      readersLearning(corpusDir),
    ),
  };
}
