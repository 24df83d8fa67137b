// Readers' words: what people called each passage when they asked for it. Labelled questions (a question
// and the passages that answer it) teach each passage the stems of the question's words it does not use
// itself, and so does each sentence the question's gold snippet stands in: "who does the us think is behind the hacks on companies" teaches ¶5 "hack" and "compani", which
// it says as "cyberattacks on commercial enterprises". A later question in the same words finds ¶5 by them,
// as weaker evidence than the passage's own words (`RANKING.readers`).
//
// Learned by `npm run learn` from the tuning and regression sets (never the blind test set) into
// corpus/readers-words.json; a test fails when that file is stale.

import type { AskedQuestion } from './asked.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import { RANKING } from './options.js';
import type { ResolvedConcept } from './rank.js';
import { sameTerms } from './terms.js';

/** What readers called passages, and the sentences the gold snippets mark in them. */
export interface ReadersWords {
  /** Passage id → stem → how many labelled questions used the stem for that passage. */
  passages: Record<string, Record<string, number>>;
  /** Passage id → sentence (its place in the paragraph, from 0) → stem → count. */
  sentences: Record<string, Record<string, Record<string, number>>>;
  /**
   * Passage id → stem → count: words of out-of-scope questions that the passage was first for and does
   * not use ("who led the delegation" near the passage on the first dialogue). Such a word, missing from
   * the best passage, counts against answering.
   */
  unanswered: Record<string, Record<string, number>>;
  /** Each labelled question's stems and the passages its gold marks, none if out of scope (asked.ts). */
  asked: AskedQuestion[];
}

export const NO_READERS_WORDS: ReadersWords = { passages: {}, sentences: {}, unanswered: {}, asked: [] };

export interface LabelledQuestion {
  q: string;
  gold: readonly string[];
}

/** A passage a labelled question's gold marks as answering it, and the sentences the gold stands in. */
export interface Answering {
  passage: string;
  sentences: readonly number[];
}

export interface Learning {
  /** The passages a labelled question's gold snippets mark as answering it. */
  answering(question: LabelledQuestion): readonly Answering[];
  /** The stems of a question's words, as ranking reads them. */
  stemsOf(question: string): readonly string[];
  /**
   * What a question is searched by among questions asked before: its stems and what it asks for, read
   * without the conversation around it (asked.ts `askedTerms`).
   */
  askedTermsOf(question: string): readonly string[];
  /** Does the passage use this stem itself? Its own words need no teaching. */
  uses(passageId: string, stem: string): boolean;
}

/**
 * Counts, for each passage and each sentence the gold marks in it, the stems of the questions that ask
 * for it and that the passage does not use.
 */
export function learnReadersWords(
  questions: readonly LabelledQuestion[],
  learning: Learning,
): Omit<ReadersWords, 'unanswered'> {
  const passages: ReadersWords['passages'] = {};
  const asked: AskedQuestion[] = [];
  const sentences: ReadersWords['sentences'] = {};
  const count = (table: Record<string, number>, stem: string) => {
    table[stem] = (table[stem] ?? 0) + 1;
  };
  for (const question of questions) {
    const stems = new Set(learning.stemsOf(question.q));
    const answering = question.gold.length > 0 ? learning.answering(question) : [];
    // An out-of-scope question is asked with no passages; one whose gold is nowhere, not at all.
    if (stems.size > 0 && (question.gold.length === 0 || answering.length > 0))
      asked.push({
        words: learning.askedTermsOf(question.q).join(' '),
        passages: answering.map((a) => a.passage),
        ...sentencesMarked(answering),
      });
    if (question.gold.length === 0) continue;
    for (const { passage: id, sentences: marked } of answering) {
      const taught = [...stems].filter((stem) => !learning.uses(id, stem));
      if (taught.length === 0) continue;
      const passage = passages[id] ?? {};
      for (const stem of taught) count(passage, stem);
      passages[id] = passage;
      const bySentence = sentences[id] ?? {};
      for (const k of marked) {
        const sentence = bySentence[k] ?? {};
        for (const stem of taught) count(sentence, stem);
        bySentence[k] = sentence;
      }
      if (marked.length > 0) sentences[id] = bySentence;
    }
  }
  return {
    passages: sortedKeys(passages, (words) => sortedKeys(words)),
    sentences: sortedKeys(sentences, (bySentence) => sortedKeys(bySentence, (words) => sortedKeys(words))),
    asked,
  };
}

/** The sentences the gold stands in, by passage, when it marks any. */
function sentencesMarked(answering: readonly Answering[]): Pick<AskedQuestion, 'sentences'> {
  const marked = answering.filter((a) => a.sentences.length > 0);
  return marked.length > 0
    ? { sentences: Object.fromEntries(marked.map((a) => [a.passage, [...a.sentences]])) }
    : {};
}

/**
 * Counts, for the passage the bot shows first for each out-of-scope question it answers (`shownFirst`,
 * ranked with the readers' words learned so far), the question's stems that the passage does not use.
 */
export function learnUnanswered(
  questions: readonly LabelledQuestion[],
  learning: Pick<Learning, 'stemsOf' | 'uses'>,
  shownFirst: (question: string) => string | undefined,
): ReadersWords['unanswered'] {
  const unanswered: ReadersWords['unanswered'] = {};
  for (const question of questions) {
    if (question.gold.length > 0) continue;
    const id = shownFirst(question.q);
    if (id === undefined) continue;
    const passage = unanswered[id] ?? {};
    for (const stem of new Set(learning.stemsOf(question.q))) {
      if (!learning.uses(id, stem)) passage[stem] = (passage[stem] ?? 0) + 1;
    }
    if (Object.keys(passage).length > 0) unanswered[id] = passage;
  }
  return sortedKeys(unanswered, (words) => sortedKeys(words));
}

/**
 * Does a gold snippet stand in this sentence? Both as gold keys: one holds the other, or the snippet
 * begins with the sentence's end or ends with its beginning (a snippet across two sentences), over at
 * least `MIN_OVERLAP` characters.
 */
export function snippetInSentence(sentence: string, snippet: string): boolean {
  if (sentence.includes(snippet) || snippet.includes(sentence)) return true;
  for (let n = Math.min(sentence.length, snippet.length) - 1; n >= MIN_OVERLAP; n--) {
    if (snippet.startsWith(sentence.slice(sentence.length - n)) || snippet.endsWith(sentence.slice(0, n)))
      return true;
  }
  return false;
}

const MIN_OVERLAP = 20;

/** Keys in order, so the learned file diffs cleanly from one run to the next. */
function sortedKeys<T, U = T>(table: Record<string, T>, inner: (value: T) => U = (v) => v as unknown as U) {
  const out: Record<string, U> = {};
  for (const key of Object.keys(table).sort(byNumber)) out[key] = inner(table[key] as T);
  return out;
}

const byNumber = (a: string, b: string) =>
  a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

// What ranking and refusing ask of the learned words.

/**
 * Where readers called a concept by its words: passages (1 at each one's `ordinal`), and sentences within
 * them (1 at each one's evidence slot: its passage's `slot` + 1 + its place). Flat tables, read for every
 * candidate and sentence of a question as its evidence cells are.
 */
export interface Called {
  passages: Uint8Array;
  sentences: Uint8Array;
}

/**
 * Where readers called the concept, looked up once per question from the index's postings (a lookup
 * per candidate and sentence cost more than the rest of the window), and remembered by its stems:
 * questions share most of their concepts.
 */
export function readersCalls(c: ResolvedConcept, index: PassageIndex): Called | undefined {
  // First by the resolution (its `terms` array, shared by every question the resolution memo gives it
  // to), checked against the stems: joining them into a key cost more than the rest.
  let byResolution = callsByResolution.get(index);
  if (!byResolution) {
    byResolution = new WeakMap();
    callsByResolution.set(index, byResolution);
  }
  const { phrase } = c.concept;
  const known = byResolution.get(c.terms);
  if (known && sameTerms(known.phrase, phrase)) return known.called;
  const called = index.readersCalled.get(phrase.join(' '), () => lookUpCalls(phrase, index));
  byResolution.set(c.terms, { phrase, called });
  return called;
}

const callsByResolution = new WeakMap<
  PassageIndex,
  WeakMap<readonly string[], { phrase: readonly string[]; called: Called | undefined }>
>();

function lookUpCalls(phrase: readonly string[], index: PassageIndex): Called | undefined {
  let any = false;
  const passages = new Uint8Array(index.size);
  const sentences = new Uint8Array(index.slots);
  for (const stem of phrase) {
    for (const passage of index.calledBy(stem)) {
      passages[passage.ordinal] = 1;
      any = true;
    }
    index.sentencesCalledBy(stem)?.forEach((ks, passage) => {
      for (const k of ks) sentences[passage.slot + 1 + k] = 1;
      any = true;
    });
  }
  return any ? { passages, sentences } : undefined;
}

/**
 * Have readers called this passage by the concept's words in at least `RANKING.readers.paraphrase`
 * questions? Then the words are how people ask for it, not a subject the article lacks.
 */
export function isReadersWord(c: ResolvedConcept, passage: IndexedPassage): boolean {
  for (const stem of c.concept.phrase)
    if ((passage.readers.get(stem) ?? 0) >= RANKING.readers.paraphrase) return true;
  return false;
}

/** Does the table (a passage's or sentence's readers' words, or its unanswered words) hold the concept's words? */
export function calledIn(c: ResolvedConcept, readers: ReadonlyMap<string, number>): boolean {
  if (readers.size === 0) return false;
  for (const stem of c.concept.phrase) if (readers.has(stem)) return true;
  return false;
}
