// A paragraph's text as search reads it: its words with offsets, each word's terms in order (stopwords
// as empty slots), and where each term stands. Computed once per paragraph and shared by the index
// (evidence, phrases) and by excerpts (sentence windows, highlights).

import type { Paragraph } from '../types.js';
import { positionsOf } from './span.js';
import { isStopword, type Token, termsOf, tokenize } from './terms.js';

export interface TextView {
  tokens: Token[];
  sequence: string[][];
  positions: Map<string, number[]>;
}

/** Each word's terms, stopwords as empty slots: what phrases and windows are read from. */
export function wordTerms(text: string): string[][] {
  return tokenize(text).map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
}

const views = new WeakMap<Paragraph, TextView>();

export function textViewOf(paragraph: Paragraph): TextView {
  let view = views.get(paragraph);
  if (!view) {
    const tokens = tokenize(paragraph.text);
    const sequence = tokens.map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
    view = { tokens, sequence, positions: positionsOf(sequence) };
    views.set(paragraph, view);
  }
  return view;
}
