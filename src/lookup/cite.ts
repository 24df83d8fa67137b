// Quick citation lookup: where does a phrase stand in the article, on which page, sourced by which note?
// Found despite curly vs straight quotes, case, hyphens and spacing, and despite a dropped, added or
// misspelt word; a phrase that is not in the article gets no match.

import { passageParagraphs, whereShown } from '../answer/passage.js';
import { acknowledgementWhere, formatCitation } from '../corpus/citation.js';
import { editDistance } from '../search/fuzzy.js';
import { isStopword, normalizeText } from '../search/terms.js';
import type { Article, CiteMatch, CiteResult, Paragraph } from '../types.js';

/** A near match must carry at least this share of the phrase's weighted words. */
const MIN_SIMILARITY = 0.75;
const MAX_MATCHES = 10;
const MAX_FUZZY_WORDS = 40;
const STOPWORD_WEIGHT = 0.3;

interface Word {
  norm: string;
  start: number;
  end: number;
}

/** Words with letters and digits only, keeping their offsets: "lower-hanging" → "lower", "hanging". */
function words(text: string): Word[] {
  const folded = normalizeText(text);
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    norm: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The words' letters and digits run together: what an exact match compares. */
const lettersOf = (have: readonly Word[]) => have.map((w) => w.norm).join('');

/** A phrase is looked for nearly, not only exactly, from three words up to `MAX_FUZZY_WORDS`. */
const mayMatchNearly = (wanted: readonly Word[]) => wanted.length >= 3 && wanted.length <= MAX_FUZZY_WORDS;

/** Does a note's text hold the phrase, exactly or nearly, as a paragraph would? */
function inNote(text: string, wanted: Word[], joined: string): boolean {
  const have = words(text);
  return (
    lettersOf(have).includes(joined) || (mayMatchNearly(wanted) && nearMatch(wanted, have) !== undefined)
  );
}

const weightOf = (word: string) => (isStopword(word) ? STOPWORD_WEIGHT : 1);

function sameWord(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1) return 0.9;
  return 0;
}

/** Each paragraph's words and their letters run together, computed once: every lookup scans them all. */
const paragraphWords = new WeakMap<Paragraph, { have: Word[]; flat: string }>();

function wordsOf(paragraph: Paragraph): { have: Word[]; flat: string } {
  let cached = paragraphWords.get(paragraph);
  if (!cached) {
    const have = words(paragraph.text);
    cached = { have, flat: lettersOf(have) };
    paragraphWords.set(paragraph, cached);
  }
  return cached;
}

export function citePhrase(article: Article, phrase: string): CiteResult {
  const wanted = words(phrase);
  if (wanted.length === 0) return { query: phrase, matches: [] };
  const joined = lettersOf(wanted);
  const found: CiteMatch[] = [];
  for (const paragraph of article.paragraphs) {
    const { have, flat } = wordsOf(paragraph);
    // Exact (modulo case, quotes, hyphens, spacing): compare the letters and digits only.
    let from = flat.indexOf(joined);
    while (from >= 0) {
      const span = spanOfFlat(have, from, from + joined.length);
      if (span) found.push(toMatch(article, paragraph, span.start, span.end, 1));
      from = flat.indexOf(joined, from + 1);
    }
  }
  if (found.length === 0 && mayMatchNearly(wanted)) {
    for (const paragraph of article.paragraphs) {
      const near = nearMatch(wanted, wordsOf(paragraph).have);
      if (near) found.push(toMatch(article, paragraph, near.start, near.end, near.similarity));
    }
  }
  found.sort((a, b) => b.similarity - a.similarity || a.paragraph - b.paragraph);
  // "indebted to Audrye Wong": not in the text, but in the acknowledgement note, which no paragraph holds.
  const { acknowledgement } = article;
  if (found.length === 0 && acknowledgement && inNote(acknowledgement.text, wanted, joined))
    return {
      query: phrase,
      matches: [],
      acknowledgement: {
        ...acknowledgement,
        citation: formatCitation(article.meta, acknowledgementWhere(acknowledgement.page)),
      },
    };
  return { query: phrase, matches: found.slice(0, MAX_MATCHES) };
}

/** Maps a range of the concatenated words back to text offsets, if it starts and ends on word edges. */
function spanOfFlat(have: Word[], from: number, to: number): { start: number; end: number } | undefined {
  let cursor = 0;
  let start: number | undefined;
  for (const word of have) {
    const next = cursor + word.norm.length;
    if (start === undefined && from >= cursor && from < next) {
      if (from !== cursor) return undefined;
      start = word.start;
    }
    if (start !== undefined && to <= next) return to === next ? { start, end: word.end } : undefined;
    cursor = next;
  }
  return undefined;
}

/** The best window of the paragraph aligned to the phrase (weighted LCS), if similar enough. */
function nearMatch(
  wanted: Word[],
  have: Word[],
): { start: number; end: number; similarity: number } | undefined {
  const total = wanted.reduce((sum, w) => sum + weightOf(w.norm), 0);
  let best: { start: number; end: number; similarity: number } | undefined;
  const m = wanted.length;
  for (let i = 0; i < have.length; i++) {
    if (
      sameWord(wanted[0]?.norm ?? '', have[i]?.norm ?? '') === 0 &&
      sameWord(wanted[1]?.norm ?? '', have[i]?.norm ?? '') === 0
    ) {
      continue;
    }
    const window = have.slice(i, i + m + 2);
    const { score, last } = alignment(wanted, window);
    const similarity = score / total;
    if (similarity >= MIN_SIMILARITY && (!best || similarity > best.similarity)) {
      best = { start: window[0]?.start ?? 0, end: window[last]?.end ?? 0, similarity };
    }
  }
  return best;
}

/** Weighted longest common subsequence of phrase words and a window; `last` is the last window word used. */
function alignment(wanted: Word[], window: Word[]): { score: number; last: number } {
  const rows = wanted.length + 1;
  const cols = window.length + 1;
  const dp: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let a = 1; a < rows; a++) {
    const row = dp[a] as number[];
    const prev = dp[a - 1] as number[];
    const w = wanted[a - 1] as Word;
    for (let b = 1; b < cols; b++) {
      const same = sameWord(w.norm, (window[b - 1] as Word).norm);
      row[b] = Math.max(
        prev[b] ?? 0,
        row[b - 1] ?? 0,
        same > 0 ? (prev[b - 1] ?? 0) + same * weightOf(w.norm) : 0,
      );
    }
  }
  const lastRow = dp[rows - 1] as number[];
  const score = lastRow[cols - 1] ?? 0;
  let last = cols - 1;
  while (last > 1 && (lastRow[last - 1] ?? 0) === score) last--;
  return { score, last: last - 1 };
}

function toMatch(
  article: Article,
  paragraph: Paragraph,
  start: number,
  end: number,
  similarity: number,
): CiteMatch {
  const pageAt = (offset: number) =>
    paragraph.pageBreaks.filter((b) => b.offset <= offset).at(-1)?.page ?? paragraph.pages[0];
  const page = pageAt(start);
  const notes = paragraph.markers.filter((m) => m.offset >= end).map((m) => m.note);
  const shown = passageParagraphs(article, paragraph);
  return {
    text: paragraph.text.slice(start, end),
    page,
    paragraph: paragraph.number,
    passage: { id: (shown[0] as Paragraph).id, paragraphs: whereShown(shown).paragraphs },
    section: paragraph.section,
    notes,
    citation: formatCitation(article.meta, {
      pages: [page, pageAt(end)],
      paragraph: paragraph.number,
      notes: notes.slice(0, 1),
    }),
    similarity: Math.round(similarity * 1000) / 1000,
  };
}
