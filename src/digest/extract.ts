// From a paragraph's sentences to cited digest items: where a run of sentences starts and ends (pages),
// which note markers it carries, and its citation. Items are always verbatim slices of the paragraph.

import { formatCitation } from '../corpus/citation.js';
import type { ArticleMeta, Paragraph } from '../types.js';
import type { DigestItem } from './types.js';

/** The page the character at `offset` stands on. */
export function pageAt(paragraph: Paragraph, offset: number): number {
  let page = paragraph.pages[0];
  for (const pageBreak of paragraph.pageBreaks) if (pageBreak.offset <= offset) page = pageBreak.page;
  return page;
}

/** An item for paragraph.text[start, end): its pages, the notes whose markers stand inside, its citation. */
export function itemFor(meta: ArticleMeta, paragraph: Paragraph, start: number, end: number): DigestItem {
  const pages: [number, number] = [pageAt(paragraph, start), pageAt(paragraph, Math.max(start, end - 1))];
  // A marker's offset is just after the word it is glued to, so a sentence-final marker sits at `end`.
  const notes = paragraph.markers.filter((m) => m.offset > start && m.offset <= end).map((m) => m.note);
  return {
    text: paragraph.text.slice(start, end),
    section: paragraph.section,
    sectionIndex: paragraph.sectionIndex,
    paragraph: paragraph.number,
    page: pages[0],
    pages,
    notes,
    citation: formatCitation(meta, { pages, paragraph: paragraph.number, notes }),
    sourceKinds: [...paragraph.sourceKinds],
  };
}

/** The whole paragraph as an item. */
export function paragraphItem(meta: ArticleMeta, paragraph: Paragraph): DigestItem {
  return itemFor(meta, paragraph, 0, paragraph.text.length);
}

/**
 * The whole sentences of `paragraph` that overlap text[start, end), as an item; when they run past
 * `max` characters, only the first of them.
 */
export function sentencesItem(
  meta: ArticleMeta,
  paragraph: Paragraph,
  start: number,
  end: number,
  max: number,
): DigestItem {
  const overlapping = paragraph.sentences.filter((s) => s.end > start && s.start < end);
  const first = overlapping[0];
  const last = overlapping.at(-1);
  if (!first || !last) return itemFor(meta, paragraph, start, end);
  if (last.end - first.start <= max) return itemFor(meta, paragraph, first.start, last.end);
  return itemFor(meta, paragraph, first.start, first.end);
}

/** A plain-words label for a passage's kinds of Chinese source, for every renderer alike. */
export function sourceKindsLabel(kinds: readonly string[]): string {
  return kinds.length === 0 ? 'no kind of Chinese source named' : kinds.join(' · ');
}
