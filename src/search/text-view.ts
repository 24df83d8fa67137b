// A paragraph's text as search reads it: its words with offsets, each word's terms in order (stopwords
// as empty slots), and where each term stands. Computed once per paragraph and shared by the index
// (evidence, phrases) and by excerpts (sentence windows, highlights).

import type { Paragraph } from '../types.js';
import { positionsOf } from './span.js';
import { type Token, tokenize, wordTerms } from './terms.js';

export interface TextView {
  tokens: Token[];
  sequence: string[][];
  positions: Map<string, number[]>;
}

const views = new WeakMap<Paragraph, TextView>();

export function textViewOf(paragraph: Paragraph): TextView {
  let view = views.get(paragraph);
  if (!view) {
    const tokens = tokenize(paragraph.text);
    const sequence = wordTerms(tokens);
    view = { tokens, sequence, positions: positionsOf(sequence) };
    views.set(paragraph, view);
  }
  return view;
}
