// Which stretches of a text show in bold: the core's highlight ranges made presentable, once for every
// platform. A platform with stricter bold syntax narrows the input (Slack widens ranges to whole tokens).

import type { Span } from '../types.js';

/**
 * Sorted ranges inside [0, length), trimmed of whitespace, merged when they overlap or only whitespace
 * parts them: highlights a space apart read as one phrase ("**cyber arms race**", not three bold words).
 */
export function mergeHighlights(text: string, spans: readonly Span[]): Span[] {
  const clipped = spans
    .map(({ start, end }) => {
      let s = Math.max(0, start);
      let e = Math.min(text.length, end);
      while (s < e && /\s/.test(text.charAt(s))) s++;
      while (e > s && /\s/.test(text.charAt(e - 1))) e--;
      return { start: s, end: e };
    })
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged.at(-1);
    if (last && (span.start <= last.end || text.slice(last.end, span.start).trim() === '')) {
      last.end = Math.max(last.end, span.end);
    } else merged.push({ ...span });
  }
  return merged;
}
