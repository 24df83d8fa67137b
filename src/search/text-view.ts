// A paragraph's text as search reads it: its words with offsets, each word's terms in order (stopwords
// as empty slots), and where each term stands. Computed once per paragraph and shared by the index
// (evidence, phrases) and by excerpts (sentence windows, highlights).
//
// What is kept here for the life of the process is a copy of what `tokenize` and `wordTerms` return,
// made in this module. V8 decides for each place in the code that allocates an array or object whether
// what it allocates lives long, from how much of it survived the young generation's collections, and
// from then on allocates there directly among the old objects. Kept as returned, the article's words
// would teach the tokenizer's own allocations that they live for good, at start-up; every question's
// words, dead within the question, would then be allocated as old objects (tokenising a question ran
// about four times slower after the index was built than before). Copied here, only this module's
// copies live long, and the tokenizer's allocations stay young.

import type { Paragraph } from '../types.js';
import { positionsOf } from './span.js';
import { type Token, tokenize, wordTerms } from './terms.js';

export interface TextView {
  tokens: Token[];
  /**
   * Where each token starts and ends, side by side: excerpts search them for every window they judge, and
   * a binary search over the token objects waited on memory at each step.
   */
  starts: Int32Array;
  ends: Int32Array;
  sequence: string[][];
  positions: Map<string, number[]>;
}

const views = new WeakMap<Paragraph, TextView>();

export function textViewOf(paragraph: Paragraph): TextView {
  let view = views.get(paragraph);
  if (!view) {
    const tokens = tokenize(paragraph.text).map((t) => ({ word: t.word, start: t.start, end: t.end }));
    const sequence = keptTerms(wordTerms(tokens));
    view = {
      tokens,
      starts: Int32Array.from(tokens, (t) => t.start),
      ends: Int32Array.from(tokens, (t) => t.end),
      sequence,
      positions: positionsOf(sequence),
    };
    views.set(paragraph, view);
  }
  return view;
}

/** A text's word terms (`wordTerms`) for the index to keep: copies, for the reason above. */
export function keptWordTerms(text: string): string[][] {
  return keptTerms(wordTerms(tokenize(text)));
}

function keptTerms(sequence: readonly (readonly string[])[]): string[][] {
  return sequence.map((terms) => [...terms]);
}
