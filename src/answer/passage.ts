// Paragraph → Passage: the cited unit every answer, lookup and adapter shows.

import { formatCitation } from '../corpus/citation.js';
import type { ResolvedConcept } from '../search/rank.js';
import type { ArticleMeta, Paragraph, Passage, Span } from '../types.js';
import { chooseExcerpt } from './excerpt.js';

export interface PassageOptions {
  excerpt?: { text: string; highlights: Span[] };
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

export function toPassage(meta: ArticleMeta, paragraph: Paragraph, options: PassageOptions = {}): Passage {
  const excerpt =
    options.excerpt ??
    chooseExcerpt(paragraph, options.concepts, {
      wantsReason: options.wantsReason === true,
      wantsExamples: options.wantsExamples === true,
      ...(options.sentenceReaders && { sentenceReaders: options.sentenceReaders }),
      ...(options.sentenceVotes && { sentenceVotes: options.sentenceVotes }),
    });
  return {
    id: paragraph.id,
    text: paragraph.text,
    excerpt: excerpt.text,
    highlights: excerpt.highlights,
    page: options.page ?? paragraph.pages[0],
    pages: [...paragraph.pages],
    section: paragraph.section,
    paragraph: paragraph.number,
    notes: [...paragraph.notes],
    citation: citationOf(meta, paragraph),
    sourceKinds: [...paragraph.sourceKinds],
    score: Math.round((options.score ?? 0) * 1000) / 1000,
  };
}

/** Each paragraph's citation, written once: every answer citing the paragraph cites it alike. */
const citations = new WeakMap<Paragraph, { meta: ArticleMeta; citation: string }>();

function citationOf(meta: ArticleMeta, paragraph: Paragraph): string {
  const known = citations.get(paragraph);
  if (known?.meta === meta) return known.citation;
  const citation = formatCitation(meta, {
    pages: paragraph.pages,
    paragraph: paragraph.number,
    notes: paragraph.notes,
  });
  citations.set(paragraph, { meta, citation });
  return citation;
}
