// Discord markdown for text we did not write: user input echoed back and article text.
// Escaping keeps `*`, `_`, masked links and mentions literal; highlights become bold; where a passage
// stands is cited in the words a reader checks a quotation by (page and note formats from the core).

import {
  formatNotes,
  formatPages,
  formatParagraphs,
  mergeHighlights,
  type Span,
} from '../../../src/index.js';

const INLINE = /[\\*_~`|<@[\]]/g;

/**
 * Escapes every character Discord markdown gives a meaning, so the text shows exactly as typed:
 * no formatting, no masked links, and no mention, emoji or channel syntax (`<@id>`, `@everyone`).
 * Not discord.js's escapeMarkdown: that one escapes whole constructs only (`~~`, `||`, `[…](…)`) and
 * leaves mentions and quotes live, but renderers join escaped pieces (highlights, cut text), where a
 * lone `|` or `~` on each side of a seam would make a spoiler or a strike; each character is escaped
 * on its own here.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (char) => `\\${char}`)
    .replace(/^(\s*)([-+>]|#{1,3}|\d+\.)(?=\s)/gm, (_m, space: string, marker: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    );
}

function renderAll(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start >= text.length) break;
    out += escapeMarkdown(text.slice(at, start));
    out += `**${escapeMarkdown(text.slice(start, Math.min(end, text.length)))}**`;
    at = Math.min(end, text.length);
  }
  return out + escapeMarkdown(text.slice(at));
}

/**
 * `text` escaped, with `highlights` in bold, in at most `max` characters: when it does not fit, the
 * text is cut at a word boundary before rendering, so bold markers always come in pairs.
 */
export function renderHighlighted(text: string, highlights: readonly Span[], max: number): string {
  const spans = mergeHighlights(text, highlights);
  const whole = renderAll(text, spans);
  if (whole.length <= max) return whole;
  // Longest prefix whose rendering, plus an ellipsis, fits: rendering only grows with the prefix.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (renderAll(text.slice(0, mid), spans).length + 1 <= max) low = mid;
    else high = mid - 1;
  }
  let cut = low;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  if (cut > 0 && /[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${renderAll(text.slice(0, cut).trimEnd(), spans)}…`;
}

export interface Location {
  section: string;
  pages: readonly [number, number];
  paragraph: number;
  /** First and last paragraph, when the location spans two ("¶7–8"). */
  paragraphs?: readonly [number, number];
  notes: readonly number[];
}

/** "*Section*, pp. 3–4, ¶19, nn. 14–15" as Discord markdown. */
export function formatLocation(location: Location): string {
  const parts = [
    location.section ? `*${escapeMarkdown(location.section)}*` : '',
    formatPages(location.pages),
    formatParagraphs(location.paragraphs ?? [location.paragraph, location.paragraph]),
    formatNotes(location.notes),
  ];
  return parts.filter((part) => part !== '').join(', ');
}
