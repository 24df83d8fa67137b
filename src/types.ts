// The domain types every layer shares: the segmented article, passages, answers, lookups.
// Plain data only; the index is the one stateful thing and lives in src/search.

import type { Message } from './present/message.js';

/** The kinds of Chinese source the article distinguishes; its whole method rests on them. */
export type SourceKind =
  | 'authoritative'
  | 'quasi-authoritative'
  | 'non-authoritative'
  | 'military'
  | 'civilian';

export const SOURCE_KINDS: readonly SourceKind[] = [
  'authoritative',
  'quasi-authoritative',
  'non-authoritative',
  'military',
  'civilian',
];

export interface ArticleMeta {
  title: string;
  author: string;
  venue: string;
  issue: number;
  year: number;
  date: string;
  url: string;
  summary: string;
  pages: [number, number];
}

export interface Section {
  /** 0 = abstract, 1 = untitled introduction, 2.. = titled sections. */
  index: number;
  id: string;
  title: string;
  pages: [number, number];
  /** Article paragraph numbers (1-based) of the section's first and last paragraph. */
  paragraphs: [number, number];
}

/** A footnote marker as it stands in the text. */
export interface NoteMarker {
  note: number;
  /** The PDF page the marker itself stands on. */
  page: number;
  /** Article paragraph number that carries it. */
  paragraph: number;
  /** Offset in the paragraph's clean text just after the word the marker was glued to. */
  offset: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export interface Quotation extends Span {
  text: string;
  /** The speaker or outlet the text names for the quotation, when it names one. */
  speaker?: string;
  block: boolean;
}

export type ParagraphKind = 'abstract' | 'body' | 'blockquote' | 'list';

export interface Paragraph {
  /** Stable id, e.g. "p16". */
  id: string;
  /** 1-based number in the article, abstract included. */
  number: number;
  kind: ParagraphKind;
  section: string;
  sectionIndex: number;
  /** The paragraph with footnote markers removed and lines joined. */
  text: string;
  pages: [number, number];
  /** Where the text crosses onto a new page: offset in `text` and the page that starts there. */
  pageBreaks: { offset: number; page: number }[];
  notes: number[];
  markers: NoteMarker[];
  sentences: Sentence[];
  quotations: Quotation[];
  sourceKinds: SourceKind[];
  /** For block quotes and lists: the sentence of the paragraph that introduces it. */
  leadIn?: string;
}

/** A speaker or outlet the article quotes, and the words that name it in the text. */
export interface Speaker {
  name: string;
  patterns: string[];
}

export interface Article {
  meta: ArticleMeta;
  sections: Section[];
  paragraphs: Paragraph[];
  /** Index i holds marker i (index 0 unused); exactly 85 markers. */
  markers: NoteMarker[];
  /** The speakers and outlets the article quotes (corpus/speakers.json). */
  speakers: Speaker[];
  /** The asterisk note at the foot of the first page, thanking who helped: not a paragraph of the text. */
  acknowledgement?: Acknowledgement;
}

/** The asterisk note at the foot of the first page, in which the author thanks who helped. */
export interface Acknowledgement {
  /** Its text, lines joined. */
  text: string;
  /** The page it stands on. */
  page: number;
}

/** A paragraph returned as an answer, with everything a reader needs to quote and check it. */
export interface Passage {
  id: string;
  text: string;
  /** The one to three sentences that answer the question, at most 400 characters. */
  excerpt: string;
  /** Ranges in `excerpt` to show in bold: the question's words as they matched. */
  highlights: Span[];
  page: number;
  pages: [number, number];
  section: string;
  /** The first paragraph's number; `paragraphs` spans the rest when a lead-in and its block are shown as one. */
  paragraph: number;
  /** First and last paragraph shown: [7, 8] for "… four basic aspects of the issue:" and the list after it. */
  paragraphs: [number, number];
  notes: number[];
  citation: string;
  sourceKinds: SourceKind[];
  score: number;
}

export interface Answer {
  query: string;
  answered: boolean;
  passages: Passage[];
  /** How many passages answer the question in all (for "More results"); 0 when not answered. */
  total: number;
  /** Present when `answered` is false: a short, helpful line for the user. */
  message?: Message;
  /** A close term from the article when the question found nothing ("did you mean"). */
  suggestion?: string;
}

export interface CiteMatch {
  text: string;
  page: number;
  paragraph: number;
  /** The passage the match stands in, first and last paragraph: [7, 8] for a match in a lead-in's list. */
  passage: { id: string; paragraphs: [number, number] };
  section: string;
  notes: number[];
  citation: string;
  /** How closely the phrase matched: 1 is exact (after normalising quotes, case, hyphens). */
  similarity: number;
}

export interface CiteResult {
  query: string;
  matches: CiteMatch[];
  /** No match in the text, but the phrase stands in the acknowledgement note: that note. */
  acknowledgement?: CitedAcknowledgement;
}

/** The acknowledgement note with its citation, as a passage of it is cited ("…, p. 1, n. *"). */
export interface CitedAcknowledgement extends Acknowledgement {
  citation: string;
}

export interface NoteResult {
  note: number;
  passage: Passage;
}

export interface OutlineEntry {
  index: number;
  title: string;
  pages: [number, number];
  paragraphs: [number, number];
}

/**
 * How the core's long-running parts (the scheduler) and the chat adapters log: a message and its
 * context. One interface for all of them; the bot backs it with pino (adapters/log.ts).
 */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
