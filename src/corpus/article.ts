// Extracted article text → Article: sections, paragraphs, pages, footnote markers, sentences,
// quotations with speakers, and the kinds of Chinese source each paragraph discusses. Pure and deterministic.

import type { Article, ArticleMeta, NoteMarker, Paragraph, Quotation, Section } from '../types.js';
import { type Block, segmentBlocks } from './blocks.js';
import { layoutLines } from './layout.js';
import { findMarkers, stripMarkers } from './notes.js';
import { inlineQuotations, lastSpeakerIn, type Speaker } from './quotations.js';
import { splitSentences } from './sentences.js';
import { sourceKindsIn } from './source-kinds.js';

export interface ArticleSource {
  text: string;
  meta: ArticleMeta;
  runningHead: string;
  speakers: Speaker[];
  /** How many footnote markers the article has (85). */
  noteCount: number;
}

export const ABSTRACT_TITLE = 'Abstract';
export const INTRODUCTION_TITLE = 'Introduction';

interface RawParagraph {
  block: Block;
  raw: string;
  /** Raw offset where each line starts. */
  lineStarts: number[];
  section: Section;
}

/** Segments the article. Throws if the footnote markers do not come out as exactly 1..noteCount. */
export function segmentArticle(source: ArticleSource): Article {
  const { lines, acknowledgement } = layoutLines(source.text, source.runningHead);
  const blocks = segmentBlocks(lines);
  const sections: Section[] = [];
  const raws: RawParagraph[] = [];
  const openSection = (title: string, page: number) => {
    const section: Section = {
      index: sections.length,
      id: sections.length === 0 ? 'abstract' : slug(title),
      title,
      pages: [page, page],
      paragraphs: [raws.length + 1, raws.length],
    };
    sections.push(section);
    return section;
  };
  let section: Section | undefined;
  for (const block of blocks) {
    const page = block.lines[0]?.page ?? 1;
    if (block.kind === 'heading') {
      section = openSection(block.lines.map((l) => l.text).join(' '), page);
      continue;
    }
    if (block.kind === 'abstract') section = openSection(ABSTRACT_TITLE, page);
    else if (section?.index === 0) section = openSection(INTRODUCTION_TITLE, page);
    if (!section) section = openSection(INTRODUCTION_TITLE, page);
    const lineStarts: number[] = [];
    let raw = '';
    for (const line of block.lines) {
      // A list's lines are its items: "Presents; The Cybersecurity Threat …", not one run-on title.
      if (raw) raw += block.kind === 'list' ? '; ' : ' ';
      lineStarts.push(raw.length);
      raw += line.text;
    }
    section.pages[1] = block.lines.at(-1)?.page ?? page;
    section.paragraphs[1] = raws.length + 1;
    raws.push({ block, raw, lineStarts, section });
  }

  const rawMarkers = findMarkers(raws.map((r) => r.raw));
  const found = rawMarkers.flat().length;
  if (found !== source.noteCount) {
    throw new Error(`Expected ${source.noteCount} footnote markers in the article text, found ${found}.`);
  }

  const markers: NoteMarker[] = [];
  const paragraphs: Paragraph[] = raws.map((r, i) => {
    const number = i + 1;
    const own = rawMarkers[i] ?? [];
    const { text, offsets } = stripMarkers(r.raw, own);
    const toClean = (rawOffset: number) =>
      rawOffset - own.filter((m) => m.index < rawOffset).reduce((sum, m) => sum + m.length, 0);
    const pageAtRaw = (rawOffset: number) => {
      let line = 0;
      while (line + 1 < r.lineStarts.length && (r.lineStarts[line + 1] ?? 0) <= rawOffset) line++;
      return r.block.lines[line]?.page ?? 1;
    };
    const paragraphMarkers = own.map((m, k) => {
      const marker: NoteMarker = {
        note: m.note,
        page: pageAtRaw(m.index),
        paragraph: number,
        offset: offsets[k] ?? 0,
      };
      markers[m.note] = marker;
      return marker;
    });
    const pageBreaks: Paragraph['pageBreaks'] = [];
    r.block.lines.forEach((line, k) => {
      const previous = r.block.lines[k - 1];
      if (previous && line.page !== previous.page) {
        pageBreaks.push({ offset: toClean(r.lineStarts[k] ?? 0), page: line.page });
      }
    });
    const sentences = splitSentences(text);
    const kind = r.block.kind === 'heading' ? 'body' : r.block.kind;
    const paragraph: Paragraph = {
      id: `p${number}`,
      number,
      kind,
      section: r.section.title,
      sectionIndex: r.section.index,
      text,
      pages: [r.block.lines[0]?.page ?? 1, r.block.lines.at(-1)?.page ?? 1],
      pageBreaks,
      notes: paragraphMarkers.map((m) => m.note),
      markers: paragraphMarkers,
      sentences,
      quotations: inlineQuotations(text, sentences, source.speakers),
      sourceKinds: sourceKindsIn(text),
    };
    return paragraph;
  });

  attachLeadIns(paragraphs, source.speakers);
  return {
    meta: source.meta,
    sections,
    paragraphs,
    markers,
    speakers: source.speakers,
    ...(acknowledgement ? { acknowledgement } : {}),
  };
}

/** Block quotes and lists take their context from the paragraph that introduces them. */
function attachLeadIns(paragraphs: Paragraph[], speakers: readonly Speaker[]) {
  let lead: Paragraph | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'blockquote' && paragraph.kind !== 'list') {
      lead = paragraph;
      continue;
    }
    if (!lead) continue;
    const leadIn = leadInText(paragraphs, lead);
    paragraph.leadIn = leadIn;
    const kinds = new Set([...paragraph.sourceKinds, ...sourceKindsIn(leadIn)]);
    paragraph.sourceKinds = [...kinds].sort(
      (a, b) => sourceKindsIn(KIND_ORDER).indexOf(a) - sourceKindsIn(KIND_ORDER).indexOf(b),
    );
    if (paragraph.kind === 'blockquote') {
      const quotation: Quotation = {
        start: 0,
        end: paragraph.text.length,
        text: paragraph.text,
        block: true,
      };
      const speaker = lastSpeakerIn(leadIn, speakers);
      if (speaker) quotation.speaker = speaker;
      paragraph.quotations = [quotation, ...paragraph.quotations];
    }
  }
}

const KIND_ORDER = 'authoritative quasi-authoritative non-authoritative military sources civilian';

/** The introducing sentence; a very short one ("The author(s) state(s):") takes the sentence before it. */
function leadInText(paragraphs: readonly Paragraph[], lead: Paragraph): string {
  const last = lead.sentences.at(-1)?.text ?? lead.text;
  if (last.length >= 40) return last;
  const before = lead.sentences.at(-2)?.text ?? paragraphs[lead.number - 2]?.sentences.at(-1)?.text ?? '';
  return `${before} ${last}`.trim();
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
