// Approximate rendered width of a line of the PDF's text, in Times-Roman font units (1/1000 em).
// The article is hard-wrapped PDF text: whether a line ended its paragraph can be told by asking
// whether the next word would have fitted on it, which needs widths, not character counts.

const LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
  500, 722, 500, 500, 444,
];
const UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
  722, 944, 722, 722, 611,
];
const OTHER: Record<string, number> = {
  ' ': 250,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '(': 333,
  ')': 333,
  '[': 333,
  ']': 333,
  '-': 333,
  "'": 180,
  '"': 408,
  '“': 444,
  '”': 444,
  '‘': 333,
  '’': 333,
  '?': 444,
  '!': 333,
  '&': 778,
  '/': 278,
  '–': 500,
  '—': 1000,
  '…': 1000,
  '*': 500,
};

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97] ?? 500;
  if (code >= 65 && code <= 90) return UPPER[code - 65] ?? 500;
  if (code >= 48 && code <= 57) return 500;
  return OTHER[ch] ?? 500;
}

/** Width of `text` set in Times-Roman, in font units. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Width of a space in the same units. */
export const SPACE_WIDTH = 250;
