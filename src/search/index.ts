// Article → searchable index: minisearch over paragraphs (text, lead-in, section title, quotation
// speakers, source kinds), plus the per-passage term sets and positions that ranking needs.

import MiniSearch from 'minisearch';
import type { Article, Paragraph } from '../types.js';
import { closestTerms } from './fuzzy.js';
import { contentTerms, isOverriddenStem, isStopword, termsOf, tokenize } from './terms.js';

interface Doc {
  id: string;
  text: string;
  leadIn: string;
  section: string;
  speakers: string;
  kinds: string;
}

export interface IndexedPassage {
  paragraph: Paragraph;
  /** Every term of every field: what the passage can be evidence for. */
  terms: Set<string>;
  /** Stems of the text's words in order (stopwords kept as ""), for phrase and proximity checks. */
  sequence: string[][];
  /** Terms of the section title: weak evidence ("conclude" → "Conclusions and Observations"). */
  sectionTerms: Set<string>;
  /** Where each term stands in `sequence`: phrase checks start from these instead of scanning. */
  positions: Map<string, number[]>;
  /** Prior weight: signposting ("This article addresses …"), lists and bare lead-ins answer nothing. */
  prior: number;
}

const SIGNPOST = /\b(?:this|the) article (?:addresses|concludes|examines|will)\b/i;
const SIGNPOST_PRIOR = 0.5;
const MIN_ANSWER_LENGTH = 60;

function priorOf(paragraph: Paragraph): number {
  const signpost =
    paragraph.kind === 'list' || SIGNPOST.test(paragraph.text) || paragraph.text.length < MIN_ANSWER_LENGTH;
  return signpost ? SIGNPOST_PRIOR : 1;
}

export const FIELD_BOOST = { text: 1, context: 0.6 };

const MIN_DERIVATION_STEM = 4;
const MAX_DERIVATION_SUFFIX = 4;

/** Stands between fields in a passage's word sequence: never part of a phrase. */
const FIELD_BREAK = ['\u0000'];

/** Splits already-processed query strings: the ranker passes stems separated by spaces. */
const splitStems = (text: string) => text.split(' ').filter(Boolean);

export class PassageIndex {
  readonly search: MiniSearch<Doc>;
  readonly passages: IndexedPassage[];
  readonly byId: Map<string, IndexedPassage>;
  /** How many passages contain each term. */
  readonly documentFrequency: Map<string, number>;
  /** A word of the article for each stem, to show terms to people ("sovereignti" → "sovereignty"). */
  readonly surface = new Map<string, string>();
  /** Stems of proper nouns (capitalised inside a paragraph): "zhong", "sheng", "mandiant", "icann". */
  readonly names = new Set<string>();
  /** Every word of the article (lower-cased) with its stem: typos are corrected against words. */
  readonly words = new Map<string, string>();
  private readonly nameWords = new Set<string>();

  constructor(readonly article: Article) {
    this.search = new MiniSearch<Doc>({
      // Two fields, not five: BM25 cost grows with fields, and the context only needs to count a little.
      fields: ['text', 'context'],
      extractField: (doc, field) =>
        field === 'context'
          ? [doc.leadIn, doc.speakers, doc.speakers, doc.section, doc.kinds].join(' ')
          : String(doc[field as keyof Doc] ?? ''),
      tokenize: (text) => contentTerms(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: splitStems, processTerm: (term) => term },
    });
    const docs = article.paragraphs.map(toDoc);
    this.search.addAll(docs);
    this.passages = article.paragraphs.map((paragraph, i) => {
      const doc = docs[i] as Doc;
      // The section title helps BM25 a little but is no evidence that a paragraph answers anything.
      const terms = new Set(contentTerms([doc.text, doc.leadIn, doc.speakers, doc.kinds].join(' ')));
      const tokens = tokenize(paragraph.text);
      const wordTerms = (text: string) =>
        tokenize(text).map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
      // Text first, then the other fields, each after a break so phrases never span two fields.
      const sequence = [doc.text, doc.leadIn, doc.speakers].flatMap((field) => [
        ...wordTerms(field),
        FIELD_BREAK,
      ]);
      tokens.forEach((t, k) => {
        const stem = sequence[k]?.[0];
        if (stem && !this.surface.has(stem)) this.surface.set(stem, t.word);
        if (stem) this.words.set(t.word, stem);
        if (stem && t.start > 0 && /\p{Lu}/u.test(paragraph.text[t.start] ?? '')) {
          this.names.add(stem);
          this.nameWords.add(t.word);
        }
      });
      const positions = new Map<string, number[]>();
      sequence.forEach((termsHere, k) => {
        for (const term of termsHere) positions.set(term, [...(positions.get(term) ?? []), k]);
      });
      const sectionTerms = new Set(contentTerms(doc.section));
      return { paragraph, terms, sectionTerms, sequence, positions, prior: priorOf(paragraph) };
    });
    this.byId = new Map(this.passages.map((p) => [p.paragraph.id, p]));
    this.documentFrequency = new Map();
    for (const passage of this.passages) {
      for (const term of passage.terms) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.passages.length;
  }

  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  private readonly derivedCache = new Map<string, string[]>();
  private readonly closestCache = new Map<string, string[]>();
  /** Per-question work that depends only on the article, remembered across questions. */
  readonly memo = new Map<string, number>();

  /** Terms of the article that extend a stem by a short suffix: "argu" → "argument", "defin" → "definit". */
  derivedTerms(stem: string): string[] {
    let cached = this.derivedCache.get(stem);
    if (!cached) {
      cached = this.findDerivedTerms(stem);
      this.derivedCache.set(stem, cached);
    }
    return cached;
  }

  /** The stem of the article's word closest to a misspelt one ("secuirty" → security's), if any. */
  correctWord(word: string): string | undefined {
    const key = `word:${word}`;
    let cached = this.closestCache.get(key);
    if (!cached) {
      cached = closestTerms(word, this.words.keys(), this.nameWords).map((w) => this.words.get(w) ?? w);
      this.closestCache.set(key, cached);
    }
    return cached[0];
  }

  /** The article's terms closest to an unknown one, within its typo budget (remembered). */
  closestTerms(term: string): string[] {
    let cached = this.closestCache.get(term);
    if (!cached) {
      cached = closestTerms(term, this.documentFrequency.keys(), this.names);
      this.closestCache.set(term, cached);
    }
    return cached;
  }

  private findDerivedTerms(stem: string): string[] {
    if (stem.length < MIN_DERIVATION_STEM) return [];
    const derived: string[] = [];
    for (const term of this.documentFrequency.keys()) {
      if (
        term !== stem &&
        term.startsWith(stem) &&
        term.length - stem.length <= MAX_DERIVATION_SUFFIX &&
        !isOverriddenStem(term)
      ) {
        derived.push(term);
      }
    }
    return derived;
  }
}

function toDoc(paragraph: Paragraph): Doc {
  return {
    id: paragraph.id,
    text: paragraph.text,
    leadIn: paragraph.leadIn ?? '',
    section: paragraph.section,
    speakers: [...new Set(paragraph.quotations.flatMap((q) => (q.speaker ? [q.speaker] : [])))].join(' '),
    kinds: paragraph.sourceKinds.join(' '),
  };
}
