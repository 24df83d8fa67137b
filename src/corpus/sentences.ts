// Clean paragraph text → sentences, with offsets. Abbreviations common in the article ("U.S.",
// "D.C.", "i.e.") and ellipses (". . .") do not end sentences.

import type { Sentence } from '../types.js';

const NO_BREAK_BEFORE = /(?:\bU\.S|\bD\.C|\bi\.e|\be\.g|\bno|\bvs|\bMr|\bDr|\b[A-Z]|\. \.)\.$/;
const BOUNDARY = /[.?!…]["”’)\]]*(?=\s+["“‘([]?[A-Z0-9])/g;

/** Splits text into sentences; every character of `text` belongs to exactly one sentence or gap. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + match[0].length;
    const head = text.slice(start, end).replace(/["”’)\]]+$/, '');
    if (NO_BREAK_BEFORE.test(head)) continue;
    push(start, end);
    start = end;
    while (text[start] === ' ') start++;
  }
  push(start, text.length);
  return sentences;

  function push(from: number, to: number) {
    const slice = text.slice(from, to);
    const trimmed = slice.trimEnd();
    if (trimmed.length > 0) sentences.push({ start: from, end: from + trimmed.length, text: trimmed });
  }
}
