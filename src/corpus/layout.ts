// Raw PDF text → body lines with their page numbers, page furniture removed.
// In the extracted text a line that begins with a space starts a new PDF page; the running head
// and the asterisk acknowledgement note at the foot of page 1 are furniture, not body text. The
// acknowledgement is kept apart: questions about whom the author thanks are answered from it.

import type { Acknowledgement } from '../types.js';

export interface Line {
  /** The line without its leading page-start space or trailing whitespace. */
  text: string;
  page: number;
  /** True when this line is the first body line of its page. */
  pageStart: boolean;
  /** True when one or more blank lines (or removed furniture) stood just before it. */
  afterBlank: boolean;
}

/** The extracted text's body lines, page furniture removed, and the acknowledgement note read from it. */
export interface Layout {
  lines: Line[];
  acknowledgement?: Acknowledgement;
}

/** Splits the extracted text into body lines, numbering pages and setting furniture apart. */
export function layoutLines(source: string, runningHead: string): Layout {
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  const thanks: string[] = [];
  let thanksPage = 0;
  let page = 0;
  let pageStartPending = false;
  let afterBlank = false;
  let inFurniture = false;
  for (const rawLine of raw) {
    const text = rawLine.trim();
    const startsPage = rawLine.startsWith(' ') && text.length > 0;
    if (text === runningHead) {
      // The running head opens a new page; whatever furniture preceded it ends here.
      page += 1;
      pageStartPending = true;
      inFurniture = false;
      afterBlank = true;
      continue;
    }
    if (text === '*') {
      // The acknowledgement note: an asterisk, then its text, until the next page's running head.
      inFurniture = true;
      thanksPage = Math.max(page, 1);
      continue;
    }
    if (inFurniture) {
      if (text.length > 0) thanks.push(text);
      continue;
    }
    if (text.length === 0) {
      afterBlank = true;
      continue;
    }
    if (startsPage || page === 0) {
      page += 1;
      pageStartPending = true;
    }
    lines.push({ text: text.replace(/\s+/g, ' '), page, pageStart: pageStartPending, afterBlank });
    pageStartPending = false;
    afterBlank = false;
  }
  const text = thanks.join(' ').replace(/\s+/g, ' ');
  return text ? { lines, acknowledgement: { text, page: thanksPage } } : { lines };
}
