// The reading digest: the article cut into parts of a few whole paragraphs, never across a section, so a
// channel subscribed to it reads the whole piece, a part per post, in order.

import type { Article } from '../types.js';
import { paragraphItem } from './extract.js';
import type { Digest } from './types.js';

/** Characters of article text per part: a few minutes' reading, and room in one chat message. */
export const PART_BUDGET = 2400;

export interface Part {
  /** 1-based. */
  number: number;
  /** Article paragraph numbers, inclusive. */
  first: number;
  last: number;
}

/** The article's parts: consecutive paragraphs of one section, up to PART_BUDGET characters (at least one). */
export function readingParts(article: Article, budget = PART_BUDGET): Part[] {
  const parts: Part[] = [];
  let current: { first: number; last: number; size: number; section: number } | undefined;
  for (const paragraph of article.paragraphs) {
    const size = paragraph.text.length;
    if (current && current.section === paragraph.sectionIndex && current.size + size <= budget) {
      current.last = paragraph.number;
      current.size += size;
      continue;
    }
    if (current) parts.push({ number: parts.length + 1, first: current.first, last: current.last });
    current = { first: paragraph.number, last: paragraph.number, size, section: paragraph.sectionIndex };
  }
  if (current) parts.push({ number: parts.length + 1, first: current.first, last: current.last });
  return parts;
}

/**
 * The part that starts at (or contains) paragraph `next`; past the end, the first part again, so a
 * finished channel starts over rather than going quiet.
 */
export function readingDigest(article: Article, next: number): Digest {
  const parts = readingParts(article);
  const part = parts.find((p) => p.last >= next) ?? parts[0];
  if (!part) throw new Error('the article has no paragraphs');
  const items = article.paragraphs
    .filter((p) => p.number >= part.first && p.number <= part.last)
    .map((p) => paragraphItem(article.meta, p));
  const section = items[0]?.section ?? '';
  const last = part.number === parts.length;
  return {
    kind: 'reading',
    topic: null,
    title: `Reading, part ${part.number} of ${parts.length}: ${section}`,
    items,
    part: { number: part.number, of: parts.length, nextParagraph: last ? 1 : part.last + 1 },
  };
}
