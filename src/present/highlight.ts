// Which stretches of a text show in bold: the core's highlight ranges made presentable, once for every
// platform. A platform with stricter bold syntax narrows the input (Slack widens ranges to whole tokens).

import type { Span } from '../types.js';

const WHITESPACE = /\s/;

/**
 * Whether the character at `at` is whitespace as `\s` (and `String#trim`) read it. By char code for ASCII,
 * as every answer renders this for each edge of each highlight and a regex test a character allocated a
 * string for each.
 */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(text.charAt(at));
}

/** Whether text[from, to) is all whitespace (true when empty). */
function allSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/**
 * Sorted ranges inside [0, length), trimmed of whitespace, merged when they overlap or only whitespace
 * parts them: highlights a space apart read as one phrase ("**cyber arms race**", not three bold words).
 */
export function mergeHighlights(text: string, spans: readonly Span[]): Span[] {
  const clipped: Span[] = [];
  for (const { start, end } of spans) {
    let s = Math.max(0, start);
    let e = Math.min(text.length, end);
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) clipped.push({ start: s, end: e });
  }
  // Answers hold a handful of ranges, usually in order already: sort only when they are not.
  if (!sorted(clipped)) clipped.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  let last: Span | undefined;
  for (const span of clipped) {
    if (last !== undefined && (span.start <= last.end || allSpace(text, last.end, span.start))) {
      last.end = Math.max(last.end, span.end);
    } else {
      // The clipped spans are this function's own copies: merged may extend them in place.
      last = span;
      merged.push(span);
    }
  }
  return merged;
}

function sorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i]?.start ?? 0) < (spans[i - 1]?.start ?? 0)) return false;
  }
  return true;
}
