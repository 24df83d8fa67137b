// Body lines → blocks: headings, the abstract, paragraphs, block quotes and lists.
// The text has no blank lines between paragraphs, so paragraph ends are inferred from layout:
// a line that ends a sentence ended its paragraph when the next word would have fitted on it.

import { SPACE_WIDTH, textWidth } from './glyph-width.js';
import type { Line } from './layout.js';

export type BlockKind = 'heading' | 'abstract' | 'body' | 'blockquote' | 'list';

export interface Block {
  kind: BlockKind;
  lines: Line[];
}

/** Lines around a line that set the column measure it was justified to. */
const MEASURE_WINDOW = 4;
/** Slack for the approximate glyph widths: a word must fit with this much to spare. */
const TOLERANCE = 60;
const BODY_MEASURE_PERCENTILE = 0.98;
/** A neighbourhood whose widest line is below this share of the body measure is a narrower column. */
const NARROW_COLUMN = 0.95;
/** Indented block quotes are set narrower than this; body lines are wider (≈ 35,900 units). */
const BLOCK_QUOTE_MAX = 33_000;
/** Block quotes and lists follow a lead-in ending in a colon; no quote here runs longer. */
const MAX_QUOTE_LINES = 15;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'by',
  'for',
  'in',
  'on',
  'at',
  'with',
]);

/** Lines wider than this hold two physical lines: the extraction joined a word hyphenated at a line end. */
const JOINED_LINE_MIN = 40_000;

const width = (line: Line | undefined): number => (line ? textWidth(line.text) : 0);
const firstWord = (line: Line | undefined): string => (line ? (line.text.split(' ')[0] ?? '') : '');

/** A sentence (or lead-in) ends at the end of this line: ".", "?", "!" or ":", maybe quoted, maybe noted. */
export function endsSentence(text: string): boolean {
  if (/\b(U\.S|D\.C)\.$/.test(text)) return false;
  return /[.?!:][”’"]?\d{0,2}$/.test(text);
}

function endsWithPunctuation(text: string): boolean {
  return /[.,;:?!”’")\d]$/.test(text);
}

/** Every significant word capitalised, as in a title: "The Origins and Motives Behind …". */
export function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0) return false;
  return words.every((word) => SMALL_WORDS.has(word.toLowerCase()) || /^[A-Z]/.test(word));
}

function isHeadingStart(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line || !(line.afterBlank || line.pageStart)) return false;
  const previous = lines[i - 1];
  if (previous && !endsSentence(previous.text)) return false;
  return isTitleCase(line.text) && !endsWithPunctuation(line.text) && line.text.split(' ').length >= 2;
}

function isHeadingContinuation(line: Line | undefined): boolean {
  return !!line && !line.afterBlank && isTitleCase(line.text) && !endsWithPunctuation(line.text);
}

/** A list item after a lead-in: capitalised, mostly title-case words, no closing punctuation. */
function isListItem(line: Line | undefined): boolean {
  if (!line || line.afterBlank || line.pageStart || endsWithPunctuation(line.text)) return false;
  const words = line.text.split(' ').filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = words.filter((word) => /^[A-Z]/.test(word)).length;
  return /^[A-Z]/.test(line.text) && capitalised >= 0.75 * words.length;
}

/**
 * The body column's measure: justified lines are set to it, so the widest natural widths approach it.
 * Taken as a high percentile of all line widths, so that a few mis-estimated glyphs do not move it.
 */
export function bodyMeasure(lines: Line[]): number {
  const widths = lines
    .map(width)
    .filter((w) => w < JOINED_LINE_MIN)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length * BODY_MEASURE_PERCENTILE)] ?? 0;
}

/** The measure a line was set to: the body's, unless its neighbourhood is a narrower column (the abstract). */
function measureAt(lines: Line[], i: number, body: number): number {
  let local = 0;
  for (let j = Math.max(0, i - MEASURE_WINDOW); j <= Math.min(lines.length - 1, i + MEASURE_WINDOW); j++) {
    const w = width(lines[j]);
    if (w < JOINED_LINE_MIN) local = Math.max(local, w);
  }
  return local >= NARROW_COLUMN * body ? body : local;
}

/** Would the next line's first word have fitted on line i, within `measure`? */
function nextWordFits(lines: Line[], i: number, measure: number): boolean {
  const next = lines[i + 1];
  if (!next) return true;
  const full = width(lines[i]);
  // A joined line's last physical line is roughly what exceeds one measure.
  const last = full >= JOINED_LINE_MIN ? full - measure : full;
  return last + SPACE_WIDTH + textWidth(firstWord(next)) < measure - TOLERANCE;
}

/** If a block quote starts at line j, the index of its last line. */
function blockQuoteEnd(lines: Line[], j: number): number | undefined {
  for (let k = j; k < Math.min(lines.length, j + MAX_QUOTE_LINES); k++) {
    const line = lines[k];
    if (!line || width(line) > BLOCK_QUOTE_MAX) return undefined;
    if (endsSentence(line.text) && nextWordFits(lines, k, BLOCK_QUOTE_MAX)) return k;
  }
  return undefined;
}

/** If a list of title-case items starts at line j, the index of its last line. */
function listEnd(lines: Line[], j: number): number | undefined {
  let k = j;
  while (isListItem(lines[k])) k++;
  return k - j >= 2 ? k - 1 : undefined;
}

/** Segments body lines into blocks. The first paragraph of the article is its abstract. */
export function segmentBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const close = (kind: BlockKind) => {
    if (current.length > 0) blocks.push({ kind, lines: current });
    current = [];
  };
  const bodyKind = (): BlockKind => (blocks.length === 0 ? 'abstract' : 'body');
  const body = bodyMeasure(lines);

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (current.length === 0 && isHeadingStart(lines, i)) {
      current.push(line);
      while (isHeadingContinuation(lines[i + 1])) current.push(lines[++i] as Line);
      close('heading');
      i++;
      continue;
    }
    current.push(line);
    const next = lines[i + 1];
    if (line.text.endsWith(':')) {
      const list = listEnd(lines, i + 1);
      const quote = list === undefined ? blockQuoteEnd(lines, i + 1) : undefined;
      if (list !== undefined || quote !== undefined) {
        close(bodyKind());
        i = takeIndented(lines, i + 1, list ?? (quote as number), list !== undefined ? 'list' : 'blockquote');
        continue;
      }
    }
    const ends =
      !next ||
      isHeadingStart(lines, i + 1) ||
      (endsSentence(line.text) && (next.afterBlank || nextWordFits(lines, i, measureAt(lines, i, body))));
    if (ends) close(bodyKind());
    i++;
  }
  close(bodyKind());
  return blocks;

  /** Takes a list or block quote (and any "and"-joined quote after it); returns the next line index. */
  function takeIndented(all: Line[], from: number, to: number, kind: BlockKind): number {
    blocks.push({ kind, lines: all.slice(from, to + 1) });
    const connector = all[to + 1];
    if (kind === 'blockquote' && connector && /^(and|or)$/.test(connector.text)) {
      const end = blockQuoteEnd(all, to + 2);
      if (end !== undefined) return takeIndented(all, to + 2, end, kind);
    }
    return to + 1;
  }
}
