// What `npm run learn` learns readers' words with: the article's passages, the gold snippets that mark
// which passages answer a labelled question, and the question's stems as ranking reads them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestion } from '../answer/answer.js';
import { loadArticle } from '../corpus/load.js';
import { createCyberviews, loadGlossary } from '../cyberviews.js';
import { askedFor, askedStems, askedTerms } from '../search/asked.js';
import { PassageIndex } from '../search/index.js';
import { parseQuery } from '../search/query.js';
import {
  type LabelledQuestion,
  type Learning,
  learnReadersWords,
  learnUnanswered,
  type ReadersWords,
  snippetInSentence,
} from '../search/readers.js';
import { type EvalQuestion, goldKey } from './score.js';
import { batchFolds } from './train.js';

export function readersLearning(corpusDir: string): Learning {
  const article = loadArticle(corpusDir);
  const index = new PassageIndex(article);
  const glossary = loadGlossary(corpusDir);
  const paragraphs = article.paragraphs.map((p) => ({
    id: p.id,
    key: goldKey(p.text),
    sentences: p.sentences.map((s) => goldKey(s.text)),
  }));
  const terms = new Map(index.passages.map((p) => [p.paragraph.id, p.terms]));
  return {
    answering: (question) => {
      const golds = question.gold.map(goldKey);
      return paragraphs.flatMap((p) => {
        const here = golds.filter((g) => p.key.includes(g));
        if (here.length === 0) return [];
        const sentences = p.sentences.flatMap((s, k) =>
          here.some((g) => snippetInSentence(s, g)) ? [k] : [],
        );
        return [{ passage: p.id, sentences }];
      });
    },
    stemsOf: (question) =>
      parseQuery(readQuestion(question, index, glossary), glossary).concepts.flatMap((c) => c.phrase),
    askedTermsOf: (question) => {
      const read = readQuestion(question, index, glossary);
      return askedTerms(askedStems(read, parseQuery(read, glossary).concepts), askedFor(read));
    },
    uses: (id, stem) => terms.get(id)?.has(stem) ?? false,
  };
}

/** The labelled sets readers' words are learned from, relative to the project root: never the blind test. */
export const LEARNED_FROM = ['tests/eval/tuning.json', 'tests/eval/questions.json'] as const;

export interface ReadersWordsFile extends ReadersWords {
  about: string;
  learnedFrom: { file: string; questions: number }[];
}

/** Learns readers' words from the project's labelled sets (`LEARNED_FROM`) for the corpus. */
export function learnFromSets(root: string, corpusDir: string): ReadersWordsFile {
  const sets = LEARNED_FROM.map((file) => ({
    file,
    questions: JSON.parse(readFileSync(join(root, file), 'utf8')) as LabelledQuestion[],
  }));
  return {
    about:
      'Readers’ words (src/search/readers.ts): for each passage (and each sentence of it a gold snippet stands in), the stems of labelled questions’ words that ask for it and that it does not use, with how many questions used each; the stems of out-of-scope questions it was shown first for (unanswered); and each answerable labelled question’s stems with the passages that answered it (asked, src/search/asked.ts). Written by `npm run learn`; do not edit.',
    learnedFrom: sets.map(({ file, questions }) => ({ file, questions: questions.length })),
    ...learnAll(
      sets.flatMap((s) => s.questions),
      readersLearning(corpusDir),
      corpusDir,
    ),
  };
}

/**
 * Readers' words from labelled questions: first what answering questions call their passages, then,
 * ranking with those, the words of out-of-scope questions near the passage the bot would show first.
 */
export function learnAll(
  questions: readonly LabelledQuestion[],
  learning: Learning,
  corpusDir: string,
): ReadersWords {
  const answering = learnReadersWords(questions, learning);
  // The passage refusing is judged on: ranking's first, before the questions asked before reorder it.
  const core = createCyberviews({ corpusDir, readersWords: { ...answering, unanswered: {}, asked: [] } });
  const shownFirst = (question: string) => {
    const answer = core.ask(question);
    return answer.answered ? answer.passages[0]?.id : undefined;
  };
  return { ...answering, unanswered: learnUnanswered(questions, learning, shownFirst) };
}

/** One fold of cross-validation by batch: its held-out tuning questions, and words learned without them. */
export interface LearnedFold {
  held: EvalQuestion[];
  readersWords: ReadersWords;
}

/**
 * The tuning set (the first of `LEARNED_FROM`) dealt into `k` folds by batch, so no batch teaches its own
 * fold; each fold with the readers' words learned from the other folds and the regression sets.
 */
export function learnedFolds(
  root: string,
  corpusDir: string,
  k: number,
): { file: string; tuning: EvalQuestion[]; folds: LearnedFold[] } {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as EvalQuestion[];
  const [file, ...others] = LEARNED_FROM;
  const tuning = read(file);
  const always = others.flatMap(read);
  const learning = readersLearning(corpusDir);
  const parts = batchFolds(tuning, k);
  const folds = parts.map((held, i) => ({
    held,
    readersWords: learnAll([...always, ...parts.filter((_, j) => j !== i).flat()], learning, corpusDir),
  }));
  return { file, tuning, folds };
}
