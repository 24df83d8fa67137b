// Footnote lookup: the passage that carries marker N, reported on the page where the marker stands.

import { toPassage } from '../answer/passage.js';
import { noteRangeMessage } from '../commands/parse.js';
import type { Message } from '../present/message.js';
import type { Article, NoteResult } from '../types.js';

export const FIRST_NOTE = 1;

export function lastNote(article: Article): number {
  return article.markers.length - 1;
}

export function noteOutOfRange(article: Article): Message {
  return noteRangeMessage(FIRST_NOTE, lastNote(article));
}

/** The passage holding marker `note`, or undefined outside 1–85. */
export function findNote(article: Article, note: number): NoteResult | undefined {
  const marker = Number.isInteger(note) ? article.markers[note] : undefined;
  if (!marker) return undefined;
  const paragraph = article.paragraphs[marker.paragraph - 1];
  if (!paragraph) return undefined;
  const sentence =
    paragraph.sentences.find((s) => s.start < marker.offset && s.end >= marker.offset - 1) ??
    paragraph.sentences[0];
  const excerptText = sentence?.text ?? paragraph.text;
  return {
    note,
    passage: toPassage(article, paragraph, {
      page: marker.page,
      excerpt: {
        text: excerptText.length > 400 ? `${excerptText.slice(0, 399)}…` : excerptText,
        highlights: [],
      },
    }),
  };
}
