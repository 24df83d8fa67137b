// Citation strings a reader can check in the PDF.

import type { ArticleMeta } from '../types.js';

/** "p. 4" or "pp. 3–4". */
export function formatPages(pages: readonly [number, number]): string {
  return pages[0] === pages[1] ? `p. ${pages[0]}` : `pp. ${pages[0]}–${pages[1]}`;
}

/** "n. 14", "nn. 14–15", "nn. 14, 16, 18"; empty when there are none. */
export function formatNotes(notes: readonly number[]): string {
  if (notes.length === 0) return '';
  if (notes.length === 1) return `n. ${notes[0]}`;
  const contiguous = notes.every((n, i) => i === 0 || n === (notes[i - 1] ?? 0) + 1);
  return contiguous ? `nn. ${notes[0]}–${notes.at(-1)}` : `nn. ${notes.join(', ')}`;
}

/** The article itself: Swaine, "Title," China Leadership Monitor 42 (2013). */
export function articleReference(meta: ArticleMeta): string {
  const surname = meta.author.split(' ').at(-1) ?? meta.author;
  return `${surname}, "${meta.title}," ${meta.venue} ${meta.issue} (${meta.year})`;
}

/**
 * The acknowledgement note (*) at the foot of the first page stands before ¶1 and is no paragraph of the
 * text: a passage of it carries paragraph 0, and is cited as the note it is, "n. *".
 */
export const ACKNOWLEDGEMENT_PARAGRAPH = 0;

/** Where the acknowledgement note on `page` stands, as a passage's citation reads it. */
export function acknowledgementWhere(page: number): {
  pages: [number, number];
  paragraph: number;
  paragraphs: [number, number];
  notes: number[];
} {
  return {
    pages: [page, page],
    paragraph: ACKNOWLEDGEMENT_PARAGRAPH,
    paragraphs: [ACKNOWLEDGEMENT_PARAGRAPH, ACKNOWLEDGEMENT_PARAGRAPH],
    notes: [],
  };
}

/** "¶7" or "¶7–8"; "n. *" for the acknowledgement note. */
export function formatParagraphs(paragraphs: readonly [number, number]): string {
  if (paragraphs[0] === ACKNOWLEDGEMENT_PARAGRAPH) return 'n. *';
  return paragraphs[0] === paragraphs[1] ? `¶${paragraphs[0]}` : `¶${paragraphs[0]}–${paragraphs[1]}`;
}

/** A passage's full citation: reference, pages, paragraph (or paragraphs) and notes. */
export function formatCitation(
  meta: ArticleMeta,
  where: {
    pages: readonly [number, number];
    paragraph: number;
    paragraphs?: readonly [number, number];
    notes: readonly number[];
  },
): string {
  const parts = [
    articleReference(meta),
    formatPages(where.pages),
    formatParagraphs(where.paragraphs ?? [where.paragraph, where.paragraph]),
  ];
  const notes = formatNotes(where.notes);
  if (notes) parts.push(notes);
  return parts.join(', ');
}
