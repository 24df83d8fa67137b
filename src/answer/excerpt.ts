// A passage → the excerpt a chat message shows: the 1–3 consecutive sentences (≤ 400 characters)
// that best cover the question, cut at sentence boundaries, with the matched words marked.

import { phraseOf } from '../search/query.js';
import { evidence, type ResolvedConcept } from '../search/rank.js';
import { isStopword, termsOf, tokenize } from '../search/terms.js';
import type { Paragraph, Sentence, Span } from '../types.js';

export const MAX_EXCERPT = 400;
const MAX_SENTENCES = 3;
/** With equal evidence, a little context helps the reader: prefer excerpts up to about this long. */
const COMFORTABLE_LENGTH = 300;
/** Share of the question's weight credited to a window quoting a speaker the question names. */
const SPEAKER_CREDIT = 0.5;

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

/** Chooses the excerpt of `paragraph` for a question's concepts; with none, its opening sentences. */
export function chooseExcerpt(paragraph: Paragraph, concepts: readonly ResolvedConcept[] = []): Excerpt {
  const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [whole(paragraph.text)];
  const wanted = new Set(concepts.flatMap((c) => c.terms));
  const focused = focusOnOwnWords(paragraph, concepts);
  const quoted = quotationsBySpeakersNamed(paragraph, concepts);
  const speakerCredit = SPEAKER_CREDIT * concepts.reduce((sum, c) => sum + c.weight, 0);
  const scoreOf = (from: number, to: number) =>
    windowScore(paragraph.text.slice(from, to), focused) +
    (quoted.some((q) => q.start < to && from < q.end) ? speakerCredit * 1000 : 0);
  let best: { window: Window; score: number } | undefined;
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const first = sentences[from] as Sentence;
      const last = sentences[to] as Sentence;
      if (last.end - first.start > MAX_EXCERPT && to > from) break;
      // Judge what would actually be shown: a sentence too long for the limit is cut to its best part.
      const window =
        last.end - first.start > MAX_EXCERPT
          ? densestWindow(paragraph.text, first.start, last.end, wanted, scoreOf)
          : { start: first.start, end: last.end, cutStart: false, cutEnd: false };
      const score = scoreOf(window.start, window.end) - from * 0.01;
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
    highlights: highlightSpans(paragraph.text, start, end, wanted).map((s) => ({
      start: s.start + shift,
      end: s.end + shift,
    })),
  };
}

/** Evidence the text gives for the question (weighted, as in ranking), then distinct terms, then length. */
function windowScore(text: string, concepts: readonly ResolvedConcept[]): number {
  const tokens = tokenize(text);
  const sequence = tokens.map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
  const view = { terms: new Set(sequence.flat()), sequence };
  let covered = 0;
  let distinct = 0;
  for (const concept of concepts) {
    covered += concept.weight * evidence(concept, view);
    distinct += concept.terms.filter((t) => view.terms.has(t)).length;
  }
  return covered * 1000 + distinct * 20 + Math.min(text.length, COMFORTABLE_LENGTH) / 30;
}

/**
 * Where the paragraph has the question's own words for a concept, only those words count in choosing
 * the excerpt: asked about "PLA Unit 61398", show "PLA Unit 61398", not a synonym from the glossary.
 */
function focusOnOwnWords(paragraph: Paragraph, concepts: readonly ResolvedConcept[]): ResolvedConcept[] {
  const tokens = tokenize(paragraph.text);
  const sequence = tokens.map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
  const view = { terms: new Set(sequence.flat()), sequence };
  return concepts.map((c) => {
    const ownOnly = { ...c, targets: [], parts: [] };
    return c.phrase.length > 0 && evidence(ownOnly, view) === 1 ? ownOnly : c;
  });
}

/** Quotations in the paragraph by a speaker the question names ("What did Zhong Sheng argue …"). */
function quotationsBySpeakersNamed(paragraph: Paragraph, concepts: readonly ResolvedConcept[]): Span[] {
  const named = new Set(concepts.flatMap((c) => [c.phrase, ...c.targets].map((p) => p.join(' '))));
  return paragraph.quotations.filter((q) => q.speaker && named.has(phraseOf(q.speaker).join(' ')));
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
  start: number,
  end: number,
  wanted: ReadonlySet<string>,
  scoreOf: (from: number, to: number) => number,
): Window {
  const budget = MAX_EXCERPT - 2;
  const anchors = new Set([start, Math.max(start, end - budget)]);
  for (const hit of highlightSpans(text, start, end, wanted)) anchors.add(Math.max(start, hit.start - 40));
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

function highlightSpans(text: string, start: number, end: number, wanted: ReadonlySet<string>): Span[] {
  if (wanted.size === 0) return [];
  return tokenize(text)
    .filter((t) => t.start >= start && t.end <= end && !isStopword(t.word))
    .filter((t) => termsOf(t.word).some((term) => wanted.has(term)))
    .map((t) => ({ start: t.start, end: t.end }));
}
