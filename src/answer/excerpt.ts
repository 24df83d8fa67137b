// A passage → the excerpt a chat message shows: the 1–3 consecutive sentences (≤ 480 characters, or one
// sentence a little longer) that best cover the question, cut at sentence boundaries, with the matched
// words marked.

import { evidence, sameResolution } from '../search/evidence.js';
import { RANKING } from '../search/options.js';
import { phraseOf } from '../search/query.js';
import type { ResolvedConcept } from '../search/rank.js';
import { calledIn } from '../search/readers.js';
import { type EvidenceView, TermSpan } from '../search/span.js';
import { sameTerms } from '../search/terms.js';
import { type TextView, textViewOf } from '../search/text-view.js';
import type { Paragraph, Sentence, Span } from '../types.js';

/**
 * Room for a sentence that restates the question and the one after it that answers ("This approach
 * emphasizes …"): at 400 characters the pair rarely fitted, and the restatement was shown alone.
 */
export const MAX_EXCERPT = 480;
const MAX_SENTENCES = 3;
/**
 * A sentence at most this much longer than the limit is shown whole: cutting its last words ("… speech
 * that are usually deemed…") saves a line and loses the point. Cross-validated by batch on tuning
 * (1.05–1.2 tried): excerpt1 0.948 → 0.952 at 1.1 (0.953 at 1.2), out of scope refused 0.951 → 0.952.
 */
const SENTENCE_OVERFLOW = 1.1;
/** With equal evidence, a little context helps the reader: prefer excerpts up to about this long. */
const COMFORTABLE_LENGTH = 300;
/** Share of the question's weight credited to a window quoting a speaker the question names. */
const SPEAKER_CREDIT = 0.5;
/** For "why" questions: a small credit (a tie-breaker, not evidence) for a window that gives a reason. */
const REASON_CREDIT = 0.15;
/**
 * Share of the question's weight credited to a window that goes on past its best sentence: fitted on the
 * tuning set (0.05–0.3 tried; 0.1 and above equal).
 */
const FOLLOW_CREDIT = 0.1;
const REASON = /\b(?:because|since|due to|as a result|in order to|so that|reflects?|in response to|given)\b/i;
/**
 * For a question asking for concrete instances ("what concrete forms of cooperation"): credit, as a share
 * of the question's weight, for a window holding a sentence that opens on one ("Specifically, …"), so it
 * wins over the sentence restating the question unless that has half the question's weight more evidence.
 * Fitted on the tuning set (0.15–2 tried: excerpt misses 84 → 69 at 0.5, 58 at 1; above 0.5 the instance
 * would outweigh most evidence).
 */
const EXAMPLE_CREDIT = 0.5;
const EXAMPLE =
  /(?:^|[.!?]["”’]?\s+)(?:Specifically|For example|For instance|In particular|Among (?:them|these|other things))\b/;

export interface Excerpt {
  text: string;
  highlights: Span[];
}

interface Window {
  start: number;
  end: number;
  /** Whether the window was cut inside a sentence (shown with an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Index of the first token starting at or after `offset` (`starts`: the text view's). */
function tokenAt(starts: Int32Array, offset: number): number {
  return firstAtLeast(starts, offset);
}

/**
 * The part of a paragraph's word sequence between two offsets, as evidence() reads it; `often` for a
 * part judged for every question (a sentence), whose terms are then gathered once.
 */
function slice(view: TextView, from: number, to: number, often = false): TermSpan {
  let a = tokenAt(view.starts, from);
  let b = tokenAt(view.starts, to);
  while (b > a && (view.ends[b - 1] as number) > to) b--;
  if (a > b) a = b;
  return often
    ? TermSpan.judgedOften(view.sequence, view.positions, a, b)
    : new TermSpan(view.sequence, view.positions, a, b);
}

/** Each sentence's words as evidence() reads them, computed once per paragraph. */
const sentenceViews = new WeakMap<Paragraph, Map<number, TermSpan>>();

function sentenceView(paragraph: Paragraph, view: TextView, sentence: Sentence): TermSpan {
  let byStart = sentenceViews.get(paragraph);
  if (!byStart) {
    byStart = new Map();
    sentenceViews.set(paragraph, byStart);
  }
  let v = byStart.get(sentence.start);
  if (!v) {
    v = slice(view, sentence.start, sentence.end, true);
    byStart.set(sentence.start, v);
  }
  return v;
}

/** Chooses the excerpt of `paragraph` for a question's concepts; with none, its opening sentences. */
export function chooseExcerpt(
  paragraph: Paragraph,
  concepts: readonly ResolvedConcept[] = [],
  options: {
    wantsReason?: boolean;
    /** The question asks for concrete instances: prefer a window that gives them. */
    wantsExamples?: boolean;
    maxLength?: number;
    sentenceReaders?: ReadonlyMap<number, ReadonlyMap<string, number>>;
    /** Sentence → vote of the questions asked before whose gold stood in it (asked.ts). */
    sentenceVotes?: ReadonlyMap<number, number>;
  } = {},
): Excerpt {
  const maxLength = options.maxLength ?? MAX_EXCERPT;
  const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [whole(paragraph.text)];
  const view = textViewOf(paragraph);
  // Only a window cut inside a long sentence is judged afresh, with the concepts focused on their own
  // words; whole sentences are read from cells remembered that way. (Focusing keeps each weight.)
  let focused: ResolvedConcept[] | undefined;
  const quoted = quotationsBySpeakersNamed(paragraph, concepts);
  const questionWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
  const speakerCredit = SPEAKER_CREDIT * questionWeight;
  const votedCredit = RANKING.asked.sentenceCredit * questionWeight;
  // A window's text marked as what the question wants earns `credit` (wanted: the question asks for it).
  const markedIn = (wanted: boolean | undefined, mark: RegExp, credit: number, from: number, to: number) =>
    wanted === true && mark.test(paragraph.text.slice(from, to)) ? credit : 0;
  const exampleCredit = EXAMPLE_CREDIT * questionWeight;
  // Credit beyond evidence: a quotation by a speaker the question names, a reason for a "why", instances
  // for "what concrete …".
  const creditIn = (from: number, to: number) =>
    (quoted.some((q) => q.start < to && from < q.end) ? speakerCredit : 0) +
    markedIn(options.wantsReason, REASON, REASON_CREDIT, from, to) +
    markedIn(options.wantsExamples, EXAMPLE, exampleCredit, from, to);
  const scoreOf = (from: number, to: number) => {
    focused ??= focusOnOwnWords(paragraph, view, concepts, sentences);
    const { covered, distinct } = windowEvidence(slice(view, from, to), focused);
    return windowValue(covered, distinct, to - from, creditIn(from, to));
  };
  // Evidence per concept and sentence, computed once; a window of whole sentences takes the best of each.
  // A sentence readers' gold snippets stood in counts their words as (weaker) evidence, as in ranking.
  // Cells are kept flat, sentence by sentence (concept k of sentence i at i * K + k).
  const K = concepts.length;
  const cellEvidence = evidenceCells;
  const cellHits = hitCells;
  // Where each concept's terms stand: what highlighting marks.
  const marks: Int32Array[] = [];
  for (let k = 0; k < K; k++) {
    const cells = sentenceCells(concepts[k] as ResolvedConcept, paragraph, view, sentences);
    marks.push(cells.marks);
    const own = readersEvidence(cells, concepts[k] as ResolvedConcept, options.sentenceReaders);
    for (let i = 0; i < sentences.length; i++) {
      cellEvidence[i * K + k] = own[i] as number;
      cellHits[i * K + k] = cells.hits[i] as number;
    }
  }
  const sentencesScore = (from: number, to: number, extra = 0) => {
    let covered = 0;
    let distinct = 0;
    for (let k = 0; k < K; k++) {
      let e = 0;
      let hits = 0;
      for (let i = from; i <= to; i++) {
        e = Math.max(e, cellEvidence[i * K + k] as number);
        hits = Math.max(hits, cellHits[i * K + k] as number);
      }
      covered += (concepts[k] as ResolvedConcept).weight * e;
      distinct += hits;
    }
    const { start } = sentences[from] as Sentence;
    const { end } = sentences[to] as Sentence;
    let voted = 0;
    for (let i = from; i <= to; i++) voted = Math.max(voted, options.sentenceVotes?.get(i) ?? 0);
    return windowValue(covered, distinct, end - start, creditIn(start, end) + extra + votedCredit * voted);
  };
  // The sentence with the most evidence often restates the question; the answer follows it ("Yet …",
  // "As any analyst can attest, …"). A window going on past it earns a little credit.
  const alone: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let sum = 0;
    for (let k = 0; k < K; k++)
      sum += (concepts[k] as ResolvedConcept).weight * (cellEvidence[i * K + k] as number);
    alone.push(sum);
  }
  const key = alone.indexOf(Math.max(...alone));
  const followCredit = FOLLOW_CREDIT * questionWeight;
  let best: { window: Window; score: number } | undefined;
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const first = sentences[from] as Sentence;
      const last = sentences[to] as Sentence;
      if (last.end - first.start > maxLength && to > from) break;
      // Judge what would actually be shown: a sentence too long for the limit is cut to its best part.
      const long = last.end - first.start > maxLength * SENTENCE_OVERFLOW;
      const window = long
        ? densestWindow(paragraph.text, view, first.start, last.end, marks, scoreOf, maxLength)
        : { start: first.start, end: last.end, cutStart: false, cutEnd: false };
      const score =
        (long
          ? scoreOf(window.start, window.end)
          : sentencesScore(from, to, from <= key && to > key ? followCredit : 0)) -
        from * 0.01;
      if (!best || score > best.score) best = { window, score };
    }
  }
  const { start, end, cutStart, cutEnd } = best?.window ?? {
    start: 0,
    end: 0,
    cutStart: false,
    cutEnd: false,
  };
  const text = `${cutStart ? '…' : ''}${paragraph.text.slice(start, end)}${cutEnd ? '…' : ''}`;
  const shift = (cutStart ? 1 : 0) - start;
  return {
    text,
    highlights: highlightSpans(view, start, end, marks).map((s) => ({
      start: s.start + shift,
      end: s.end + shift,
    })),
  };
}

// The cells of the excerpt being chosen: kept between calls and overwritten, not allocated for each
// (only the first sentences × concepts are read).
const evidenceCells: number[] = [];
const hitCells: number[] = [];

/** Evidence a stretch of text gives for the question (weighted, as in ranking) and its distinct terms. */
function windowEvidence(
  view: EvidenceView,
  concepts: readonly ResolvedConcept[],
): { covered: number; distinct: number } {
  let covered = 0;
  let distinct = 0;
  for (const concept of concepts) {
    covered += concept.weight * evidence(concept, view);
    distinct += countPresent(concept.terms, view);
  }
  return { covered, distinct };
}

function countPresent(terms: readonly string[], view: EvidenceView): number {
  let n = 0;
  for (const t of terms) if (view.has(t)) n++;
  return n;
}

/** How windows compare: evidence plus credit (a named speaker's quotation, a reason for "why"), then distinct terms, then some context. */
function windowValue(covered: number, distinct: number, length: number, credit: number): number {
  return (covered + credit) * 1000 + distinct * 20 + Math.min(length, COMFORTABLE_LENGTH) / 30;
}

/**
 * Where the paragraph has the question's own words for a concept, only those words count in choosing
 * the excerpt: asked about "PLA Unit 61398", show "PLA Unit 61398", not a synonym from the glossary.
 */
function focusOnOwnWords(
  paragraph: Paragraph,
  view: TextView,
  concepts: readonly ResolvedConcept[],
  sentences: readonly Sentence[],
): ResolvedConcept[] {
  return concepts.map((c) =>
    sentenceCells(c, paragraph, view, sentences).ownOnly ? { ...c, targets: [], parts: [] } : c,
  );
}

/**
 * A concept in one paragraph as choosing its excerpt reads it: whether only its own words count there
 * (`focusOnOwnWords`), and, for each sentence, the evidence of the concept so focused and how many of its
 * terms the sentence has.
 */
interface SentenceCells {
  ownOnly: boolean;
  /** The words (by place in the paragraph's tokens, in order) holding any of the concept's terms. */
  marks: Int32Array;
  evidence: Float64Array;
  hits: Float64Array;
  /**
   * The evidence with readers' words counted, for the one table of them and the question's stems it was
   * last read with.
   */
  withReaders?: {
    readers: ReadonlyMap<number, ReadonlyMap<string, number>>;
    stems: readonly string[];
    evidence: Float64Array;
  };
}

/**
 * Each sentence's evidence for the concept `c` (focused), where the gold snippets of readers' questions
 * stood in a sentence counting their words as (weaker) evidence, as in ranking.
 */
function readersEvidence(
  cells: SentenceCells,
  c: ResolvedConcept,
  sentenceReaders: ReadonlyMap<number, ReadonlyMap<string, number>> | undefined,
): Float64Array {
  if (!sentenceReaders || sentenceReaders.size === 0) return cells.evidence;
  let known = cells.withReaders;
  // Readers' words are matched by the question's own stems (`calledIn`): the same stems, the same credit.
  if (known?.readers !== sentenceReaders || !sameTerms(known.stems, c.concept.phrase)) {
    const { credit } = RANKING.readers;
    const evidence = cells.evidence.map((e, i) => {
      const readers = sentenceReaders.get(i);
      return readers && e < credit && calledIn(c, readers) ? credit : e;
    });
    known = { readers: sentenceReaders, stems: [...c.concept.phrase], evidence };
    cells.withReaders = known;
  }
  return known.evidence;
}

/**
 * What is remembered of a concept's sentences, by paragraph: the same concepts are excerpted from the same
 * paragraphs question after question. Keyed by the concept's phrase array (resolutions are memoised, so
 * questions sharing a concept share its arrays), checked against its other alternatives.
 */
interface CellsMemo {
  targets: ResolvedConcept['targets'];
  synonyms: ResolvedConcept['synonyms'];
  parts: ResolvedConcept['parts'];
  terms: ResolvedConcept['terms'];
  byParagraph: Map<Paragraph, SentenceCells>;
}
const cellsMemos = new WeakMap<readonly string[], CellsMemo>();

function sentenceCells(
  c: ResolvedConcept,
  paragraph: Paragraph,
  view: TextView,
  sentences: readonly Sentence[],
): SentenceCells {
  let memo = cellsMemos.get(c.phrase);
  if (!memo || !sameResolution(memo, c) || memo.terms !== c.terms) {
    memo = {
      targets: c.targets,
      synonyms: c.synonyms,
      parts: c.parts,
      terms: c.terms,
      byParagraph: new Map(),
    };
    cellsMemos.set(c.phrase, memo);
  }
  let cells = memo.byParagraph.get(paragraph);
  if (!cells) {
    const ownOnly = { ...c, targets: [], parts: [] };
    const focus = c.phrase.length > 0 && evidence(ownOnly, new TermSpan(view.sequence, view.positions)) === 1;
    const focused = focus ? ownOnly : c;
    const views = sentences.map((sentence) => sentenceView(paragraph, view, sentence));
    cells = {
      ownOnly: focus,
      marks: wordsHolding(view, c.terms),
      evidence: Float64Array.from(views, (v) => evidence(focused, v)),
      hits: Float64Array.from(views, (v) => countPresent(c.terms, v)),
    };
    memo.byParagraph.set(paragraph, cells);
  }
  return cells;
}

/** Does the paragraph quote a speaker the question names ("What did Zhong Sheng argue …")? */
export function quotesSpeakerNamed(paragraph: Paragraph, concepts: readonly ResolvedConcept[]): boolean {
  return quotationsBySpeakersNamed(paragraph, concepts).length > 0;
}

/** Quotations in the paragraph by a speaker the question names ("What did Zhong Sheng argue …"). */
function quotationsBySpeakersNamed(paragraph: Paragraph, concepts: readonly ResolvedConcept[]): Span[] {
  if (!paragraph.quotations.some((q) => q.speaker)) return [];
  return paragraph.quotations.filter((q) => q.speaker && namesPhrase(concepts, phraseOf(q.speaker)));
}

/**
 * Is the phrase (a speaker's name as stems) one of the concepts' phrases or glossary targets? Compared
 * term by term where they are: the article's few speakers against a question's few concepts, with
 * nothing built for each question.
 */
function namesPhrase(concepts: readonly ResolvedConcept[], phrase: readonly string[]): boolean {
  return concepts.some(
    (c) => sameTerms(c.phrase, phrase) || c.targets.some((target) => sameTerms(target, phrase)),
  );
}

function whole(text: string): Sentence {
  return { start: 0, end: text.length, text };
}

/**
 * For a sentence longer than the limit: the window, cut at spaces, that shows the most evidence.
 * Candidates start at the sentence, before each matched word, or end with the sentence.
 */
function densestWindow(
  text: string,
  view: TextView,
  start: number,
  end: number,
  marks: readonly Int32Array[],
  scoreOf: (from: number, to: number) => number,
  maxLength: number,
): Window {
  const budget = maxLength - 2;
  const anchors = new Set([start, Math.max(start, end - budget)]);
  for (const hit of highlightSpans(view, start, end, marks)) anchors.add(Math.max(start, hit.start - 40));
  let best: { window: Window; score: number } | undefined;
  for (const anchor of anchors) {
    let from = Math.min(anchor, Math.max(start, end - budget));
    if (from > start) from = text.indexOf(' ', from) + 1 || from;
    let to = Math.min(end, from + budget);
    if (to < end) {
      const space = text.lastIndexOf(' ', to);
      if (space > from) to = space;
    }
    const score = scoreOf(from, to) - (from - start) * 0.0001;
    if (!best || score > best.score)
      best = { window: { start: from, end: to, cutStart: from > start, cutEnd: to < end }, score };
  }
  return (
    best?.window ?? {
      start,
      end: Math.min(end, start + budget),
      cutStart: false,
      cutEnd: end > start + budget,
    }
  );
}

/**
 * The words inside [start, end) that hold a term of the question, in order: each concept's marks from
 * the first word starting there (words are in order and never empty), merged.
 */
function highlightSpans(view: TextView, start: number, end: number, marks: readonly Int32Array[]): Span[] {
  const { starts, ends } = view;
  const first = tokenAt(starts, start);
  const inside = insideBuffer;
  inside.length = 0;
  for (const words of marks) {
    for (let m = firstAtLeast(words, first); m < words.length; m++) {
      const word = words[m] as number;
      if ((starts[word] as number) >= end) break;
      if ((ends[word] as number) <= end) inside.push(word);
    }
  }
  if (marks.length > 1) inside.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let m = 0; m < inside.length; m++) {
    const word = inside[m] as number;
    if (m > 0 && word === inside[m - 1]) continue;
    spans.push({ start: starts[word] as number, end: ends[word] as number });
  }
  return spans;
}

const insideBuffer: number[] = [];

/** The first place in an ascending list holding `value` or more. */
function firstAtLeast(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words (by place) holding any of the terms, in order. */
function wordsHolding(view: TextView, terms: readonly string[]): Int32Array {
  const at = new Set<number>();
  for (const t of terms) for (const i of view.positions.get(t) ?? []) at.add(i);
  return Int32Array.from(at).sort();
}
