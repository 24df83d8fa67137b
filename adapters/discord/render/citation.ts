// Where a passage stands, in the words a reader checks a quotation by: section, page(s), paragraph, notes.
// Page and note formats come from the core, so every adapter cites alike.

import { formatNotes, formatPages } from '../../../src/index.js';
import { escapeMarkdown } from './markdown.js';

export interface Location {
  section: string;
  pages: readonly [number, number];
  paragraph: number;
  notes: readonly number[];
}

/** "*Section*, pp. 3–4, ¶19, nn. 14–15" as Discord markdown. */
export function formatLocation(location: Location): string {
  const parts = [
    location.section ? `*${escapeMarkdown(location.section)}*` : '',
    formatPages(location.pages),
    `¶${location.paragraph}`,
    formatNotes(location.notes),
  ];
  return parts.filter((part) => part !== '').join(', ');
}
