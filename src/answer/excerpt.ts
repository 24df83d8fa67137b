// A passage → the excerpt a chat message shows: the 1–3 consecutive sentences (≤ 400 characters)
// that best cover the question, cut at sentence boundaries, with the matched words marked.

import { isStopword, termsOf, tokenize } from '../search/terms.js';
import type { Paragraph, Sentence, Span } from '../types.js';

export const MAX_EXCERPT = 400;
const MAX_SENTENCES = 3;

/** What the excerpt should cover: groups of terms (one per question concept) and their weights. */
export interface ExcerptTarget {
  groups: { terms: Set<string>; weight: number }[];
}

export interface Excerpt {
  text: string;
  highlights: Span[];
}

/** Chooses the excerpt of `paragraph` for a question; with no target, its opening sentences. */
export function chooseExcerpt(paragraph: Paragraph, target?: ExcerptTarget): Excerpt {
  const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [whole(paragraph.text)];
  const sentenceTerms = sentences.map((s) => termSet(s.text));
  let best: { from: number; to: number; score: number } | undefined;
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const length = (sentences[to]?.end ?? 0) - (sentences[from]?.start ?? 0);
      if (length > MAX_EXCERPT && to > from) break;
      const terms = new Set(sentenceTerms.slice(from, to + 1).flatMap((s) => [...s]));
      let covered = 0;
      let distinct = 0;
      for (const group of target?.groups ?? []) {
        const hits = [...group.terms].filter((t) => terms.has(t)).length;
        if (hits > 0) covered += group.weight;
        distinct += hits;
      }
      // More of the question covered first; then more of its distinct terms; then fewer sentences; then earlier.
      const score = covered * 1000 + distinct * 20 - (to - from) * 10 - from * 0.01;
      if (!best || score > best.score) best = { from, to, score };
    }
  }
  const from = sentences[best?.from ?? 0] as Sentence;
  const to = sentences[best?.to ?? 0] as Sentence;
  let start = from.start;
  let end = to.end;
  if (end - start > MAX_EXCERPT) ({ start, end } = densestWindow(paragraph.text, start, end, target));
  const text = `${start > from.start ? '…' : ''}${paragraph.text.slice(start, end)}${end < to.end ? '…' : ''}`;
  const shift = start > from.start ? 1 - start : -start;
  return { text, highlights: highlightSpans(paragraph.text, start, end, target).map(offset(shift)) };
}

/** Terms of a text as the index sees them. */
export function termSet(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !isStopword(t.word))
      .flatMap((t) => termsOf(t.word)),
  );
}

function whole(text: string): Sentence {
  return { start: 0, end: text.length, text };
}

/** For a sentence longer than the limit: the ≤ 400-character window, cut at spaces, with most matches. */
function densestWindow(text: string, start: number, end: number, target?: ExcerptTarget): Span {
  const budget = MAX_EXCERPT - 2;
  const hits = highlightSpans(text, start, end, target);
  let bestStart = start;
  let bestCount = -1;
  for (const anchor of [start, ...hits.map((h) => Math.max(start, h.start - 60))]) {
    const count = hits.filter((h) => h.start >= anchor && h.end <= anchor + budget).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = anchor;
    }
  }
  let from = bestStart;
  if (from > start) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(end, from + budget);
  if (to < end) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  return { start: from, end: to };
}

function highlightSpans(text: string, start: number, end: number, target?: ExcerptTarget): Span[] {
  if (!target) return [];
  const wanted = new Set(target.groups.flatMap((g) => [...g.terms]));
  return tokenize(text)
    .filter((t) => t.start >= start && t.end <= end && !isStopword(t.word))
    .filter((t) => termsOf(t.word).some((term) => wanted.has(term)))
    .map((t) => ({ start: t.start, end: t.end }));
}

const offset =
  (shift: number) =>
  (span: Span): Span => ({ start: span.start + shift, end: span.end + shift });
