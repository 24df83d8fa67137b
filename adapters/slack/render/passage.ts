// One passage in Block Kit: the excerpt with the matched words in bold, then where it stands in the article.

import { formatParagraphs, mergeHighlights, type Passage, type Span } from '../../../src/index.js';
import { type Block, button, context, type SlackMessage, section } from './blocks.js';
import { ESCAPED, escapeText, link } from './escape.js';
import { chunkEscaped, fitEscaped, LIMITS } from './limits.js';
import { ACTION, buttonValue } from './state.js';

/**
 * Whether the character at `at` is inside a token (anything but whitespace, as `\s` reads it): bold spans
 * whole space-delimited tokens, quotes and punctuation included. Read by char code, as a regex test per
 * character allocated a string for each.
 */
function inToken(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code > 0x20 && code < 0x7f) return true;
  return !Number.isNaN(code) && !WHITESPACE.test(text.charAt(at));
}

const WHITESPACE = /\s/u;

/**
 * The core's merged highlights, each first widened to whole space-delimited tokens: mrkdwn only bolds
 * `*…*` opened after a space and closed before one, so a range inside a token (`“*cyber*`) could show
 * stray asterisks instead of bold; a range holding an asterisk cannot be bolded at all.
 */
export function boldRanges(text: string, highlights: readonly Span[]): Span[] {
  const widened: Span[] = [];
  for (const { start, end } of highlights) {
    let s = Math.max(0, Math.min(start, text.length));
    let e = Math.max(s, Math.min(end, text.length));
    while (s > 0 && inToken(text, s - 1) && inToken(text, s)) s -= 1;
    while (e < text.length && e > 0 && inToken(text, e) && inToken(text, e - 1)) e += 1;
    // A range holding an asterisk cannot be bolded: it is left out.
    const star = text.indexOf('*', s);
    if (star < 0 || star >= e) widened.push({ start: s, end: e });
  }
  return mergeHighlights(text, widened);
}

/** The excerpt as mrkdwn: escaped, matched words in bold, at most `max` characters. */
export function highlightExcerpt(
  excerpt: string,
  highlights: readonly Span[],
  max: number = LIMITS.sectionText,
): string {
  // Most excerpts hold no `&`, `<` or `>`: then no piece needs escaping, and none is tested again.
  const inert = ESCAPED.test(excerpt) ? escapeText : (piece: string) => piece;
  let out = '';
  let at = 0;
  for (const { start, end } of boldRanges(excerpt, highlights)) {
    out += `${inert(excerpt.slice(at, start))}*${inert(excerpt.slice(start, end))}*`;
    at = end;
  }
  out += inert(excerpt.slice(at));
  // Excerpts are short by contract; should one not be, plain escaped text is always safe to cut.
  return out.length <= max ? out : fitEscaped(excerpt, max);
}

/** The context line under a passage: its citation, the section it comes from, and the source link. */
export function citationLine(passage: Passage, sourceUrl: string, max = 1300): Block {
  const pieces = [fitEscaped(passage.citation, Math.floor(max * 0.7))];
  if (passage.section.length > 0 && !passage.citation.includes(passage.section)) {
    pieces.push(`_${fitEscaped(passage.section, Math.floor(max * 0.2))}_`);
  }
  pieces.push(link(sourceUrl, 'Read the article'));
  return context(pieces.join('  ·  '));
}

/**
 * Whitespace other than a plain space (newlines, tabs, no-break spaces): most excerpts have none. Without
 * the `u` flag, which reads the same here (no whitespace lies outside the BMP) and scans twice as fast.
 */
const OTHER_WHITESPACE = /[^\S ]/;

/**
 * A ranked passage: highlighted excerpt with a "Show full passage" button, then its citation.
 * `budget` is the characters it may use in all, so several passages stay under the message's total.
 */
export function passageBlocks(passage: Passage, sourceUrl: string, budget = 4300): Block[] {
  const excerptMax = Math.min(LIMITS.sectionText - 1, Math.floor(budget * 0.7));
  // One quoted line: a newline would end the `>` quote; replacing it keeps offsets of the highlights.
  const oneLine = OTHER_WHITESPACE.test(passage.excerpt)
    ? passage.excerpt.replace(/\s/g, ' ')
    : passage.excerpt;
  const excerpt = highlightExcerpt(oneLine, passage.highlights, excerptMax);
  const value = buttonValue({ kind: 'full', passage: passage.id });
  // One button per passage in a message: the action_id tells them apart, the value says which passage.
  const full =
    value === undefined ? undefined : button('Show full passage', `${ACTION.full}:${passage.id}`, value);
  return [section(`>${excerpt}`, full), citationLine(passage, sourceUrl, Math.floor(budget * 0.3) - 100)];
}

/** The whole paragraph behind a passage, split across sections when it is long. */
export function renderFullPassage(passage: Passage, sourceUrl: string): SlackMessage {
  const budget = LIMITS.blocksTotalText - 1500;
  const text = passage.text.length > budget ? `${passage.text.slice(0, budget)}…` : passage.text;
  const chunks = chunkEscaped(text, LIMITS.sectionText);
  const blocks: Block[] = [
    context(`*Full passage* · ${formatParagraphs(passage.paragraphs)}`),
    ...chunks.map((chunk) => section(chunk)),
    citationLine(passage, sourceUrl),
  ];
  return { text: fitEscaped(`${passage.citation}: ${passage.text}`, LIMITS.messageText), blocks };
}
