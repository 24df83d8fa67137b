// Paragraph → Passage: the cited unit every answer, lookup and adapter shows.
//
// A paragraph that ends on a colon introduces the block quote or list after it: "This article addresses
// Chinese thinking on four basic aspects of the issue:" and the four headings, "authoritative Chinese
// sources repeatedly declare:" and what they declare. Apart, neither answers (a lead-in with nothing
// after it, a quotation without who says it), so the two are shown as one passage, cited ¶7–8.
// (CV by batch on tuning, 21,689: hit1 15,355 → 15,387, MRR +17, excerpt1 +17, hit3 +2.)

import { acknowledgementWhere, formatCitation } from '../corpus/citation.js';
import type { ResolvedConcept } from '../search/rank.js';
import type { Article, Paragraph, Passage, Quotation } from '../types.js';
import { chooseExcerpt, type Excerpt, MAX_EXCERPT } from './excerpt.js';
import { namesInTheNote } from './itself.js';

export interface PassageOptions {
  excerpt?: Excerpt;
  concepts?: readonly ResolvedConcept[];
  /** The question asks why: among excerpts with equal evidence, prefer one that gives a reason. */
  wantsReason?: boolean;
  /** The question asks for concrete instances: prefer an excerpt that gives them. */
  wantsExamples?: boolean;
  score?: number;
  /** Page to report instead of the paragraph's first (a note's own page). */
  page?: number;
  /** Readers' words of each sentence (by its place in the paragraph): they help choose the excerpt. */
  sentenceReaders?: ReadonlyMap<number, ReadonlyMap<string, number>>;
  /** Votes of the questions asked before for each sentence: they help choose the excerpt. */
  sentenceVotes?: ReadonlyMap<number, number> | undefined;
}

/** Between the paragraphs of one passage. */
const JOIN = ' ';

/** Does `lead` end on a colon that introduces `block`, the block quote or list right after it? */
function introduces(lead: Paragraph | undefined, block: Paragraph | undefined): boolean {
  return (
    lead !== undefined &&
    block !== undefined &&
    block.number === lead.number + 1 &&
    (block.kind === 'blockquote' || block.kind === 'list') &&
    /[:：]\s*$/u.test(lead.text)
  );
}

/** The paragraphs shown as one passage with `paragraph`: itself, or a lead-in and its block, in order. */
export function passageParagraphs(article: Article, paragraph: Paragraph): readonly Paragraph[] {
  // Paragraph numbers are 1-based places in `article.paragraphs`.
  const before = article.paragraphs[paragraph.number - 2];
  const after = article.paragraphs[paragraph.number];
  if (introduces(paragraph, after)) return [paragraph, after as Paragraph];
  if (introduces(before, paragraph)) return [before as Paragraph, paragraph];
  return [paragraph];
}

/** The passages of `paragraphs` in their order, each once: a lead-in and its block are one passage. */
export function onePerPassage<T>(
  article: Article,
  items: readonly T[],
  paragraphOf: (item: T) => Paragraph,
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const first = passageParagraphs(article, paragraphOf(item))[0] as Paragraph;
    if (seen.has(first.id)) return false;
    seen.add(first.id);
    return true;
  });
}

/** The quotations of the passage whose first paragraph is `id`, at their places in its text. */
export function passageQuotations(article: Article, id: string): Quotation[] {
  const paragraph = article.paragraphs.find((p) => p.id === id);
  if (!paragraph) return [];
  let offset = 0;
  const quotations: Quotation[] = [];
  for (const p of passageParagraphs(article, paragraph)) {
    for (const q of p.quotations) quotations.push({ ...q, start: q.start + offset, end: q.end + offset });
    offset += p.text.length + JOIN.length;
  }
  return quotations;
}

export function toPassage(article: Article, paragraph: Paragraph, options: PassageOptions = {}): Passage {
  const chosen =
    options.excerpt ??
    chooseExcerpt(paragraph, options.concepts, {
      wantsReason: options.wantsReason === true,
      wantsExamples: options.wantsExamples === true,
      ...(options.sentenceReaders && { sentenceReaders: options.sentenceReaders }),
      ...(options.sentenceVotes && { sentenceVotes: options.sentenceVotes }),
    });
  const shown = passageParagraphs(article, paragraph);
  const first = shown[0] as Paragraph;
  const last = shown.at(-1) as Paragraph;
  const excerpt = shown.length === 1 ? chosen : acrossTheBreak(chosen, paragraph, first, last);
  const where = whereShownOnce(article, first, shown);
  return {
    id: first.id,
    text: shown.map((p) => p.text).join(JOIN),
    excerpt: excerpt.text,
    highlights: excerpt.highlights,
    page: options.page ?? first.pages[0],
    // Copies: each answer's passage is its own, whatever a caller does with it.
    pages: [...where.pages],
    section: paragraph.section,
    paragraph: where.paragraph,
    paragraphs: [...where.paragraphs],
    notes: [...where.notes],
    citation: citationOf(article, first, where),
    sourceKinds: [...new Set(shown.flatMap((p) => p.sourceKinds))],
    score: Math.round((options.score ?? 0) * 1000) / 1000,
  };
}

/** The id of the acknowledgement note's passage (paragraphs are "p1", "p2", …). */
export const ACKNOWLEDGEMENT_ID = 'ack';

/**
 * The acknowledgement note as a passage ("who does swaine thank"): the whole note is its excerpt, the
 * names in it are highlighted, and it is cited as the note it is (paragraph 0, "n. *") on its page.
 * Undefined for an article without one.
 */
export function acknowledgementPassage(article: Article): Passage | undefined {
  const note = article.acknowledgement;
  if (!note) return undefined;
  const where = acknowledgementWhere(note.page);
  return {
    id: ACKNOWLEDGEMENT_ID,
    text: note.text,
    excerpt: note.text,
    highlights: namesInTheNote(note).map((m) => ({ start: m.index, end: m.index + m[0].length })),
    page: note.page,
    pages: where.pages,
    section: 'Acknowledgement',
    paragraph: where.paragraph,
    paragraphs: where.paragraphs,
    notes: [],
    citation: formatCitation(article.meta, where),
    sourceKinds: [],
    score: 1,
  };
}

/**
 * An excerpt that stops on the lead-in's colon goes on into the block, by whole sentences while they fit
 * (or the block's opening words when none does); an excerpt that opens the block starts with its lead-in
 * when both fit.
 */
function acrossTheBreak(excerpt: Excerpt, ranked: Paragraph, lead: Paragraph, block: Paragraph): Excerpt {
  if (
    ranked === lead &&
    /[:：]\s*$/u.test(excerpt.text) &&
    lead.text.trimEnd().endsWith(excerpt.text.trimEnd())
  ) {
    const room = MAX_EXCERPT - excerpt.text.length - JOIN.length;
    const sentences = block.sentences.length > 0 ? block.sentences : [{ start: 0, end: block.text.length }];
    let end = 0;
    for (const s of sentences) {
      if (s.end > room) break;
      end = s.end;
    }
    const more = end > 0 ? block.text.slice(0, end) : openingWords(block.text, room);
    return { text: `${excerpt.text}${JOIN}${more}`, highlights: excerpt.highlights };
  }
  const leadIn = block.leadIn ?? '';
  if (
    ranked === block &&
    leadIn !== '' &&
    block.text.startsWith(excerpt.text.slice(0, 40)) &&
    leadIn.length + JOIN.length + excerpt.text.length <= MAX_EXCERPT
  ) {
    const shift = leadIn.length + JOIN.length;
    return {
      text: `${leadIn}${JOIN}${excerpt.text}`,
      highlights: excerpt.highlights.map((h) => ({ start: h.start + shift, end: h.end + shift })),
    };
  }
  return excerpt;
}

/** The opening of `text` up to `room` characters, cut after a word, with an ellipsis. */
function openingWords(text: string, room: number): string {
  const cut = text.slice(0, Math.max(0, room - 1));
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${atWord.trimEnd()}…`;
}

/** Where the paragraphs shown stand: their pages, first and last numbers, and notes in order. */
interface Where {
  pages: [number, number];
  paragraph: number;
  paragraphs: [number, number];
  notes: number[];
}

export function whereShown(shown: readonly Paragraph[]): Where {
  const first = shown[0] as Paragraph;
  const last = shown.at(-1) as Paragraph;
  return {
    pages: [first.pages[0], last.pages[1]],
    paragraph: first.number,
    paragraphs: [first.number, last.number],
    notes: [...new Set(shown.flatMap((p) => p.notes))].sort((a, b) => a - b),
  };
}

/** Where each passage stands, worked out once (by its first paragraph): its notes are gathered and sorted. */
const places = new WeakMap<Paragraph, { article: Article; where: Where }>();

function whereShownOnce(article: Article, first: Paragraph, shown: readonly Paragraph[]): Where {
  const known = places.get(first);
  if (known?.article === article) return known.where;
  const where = whereShown(shown);
  places.set(first, { article, where });
  return where;
}

/** Each passage's citation, written once (by its first paragraph): every answer citing it cites it alike. */
const citations = new WeakMap<Paragraph, { article: Article; citation: string }>();

function citationOf(article: Article, first: Paragraph, where: Where): string {
  const known = citations.get(first);
  if (known?.article === article) return known.citation;
  const citation = formatCitation(article.meta, where);
  citations.set(first, { article, citation });
  return citation;
}
