// Article → searchable index: minisearch over paragraphs (text, lead-in, section title, quotation
// speakers, source kinds), plus the per-passage term sets and positions that ranking needs.

import MiniSearch from 'minisearch';
import type { Article, Paragraph } from '../types.js';
import { AskedBefore } from './asked.js';
import { closestTerms } from './fuzzy.js';
import { ImpactTable, type Scored } from './impacts.js';
import { Memo } from './memo.js';
import { type Called, NO_READERS_WORDS, type ReadersWords } from './readers.js';
import { positionsOf, TermSpan } from './span.js';
import { contentTerms, isOverriddenStem } from './terms.js';
import { keptWordTerms, textViewOf } from './text-view.js';

interface Doc {
  id: string;
  leadIn: string;
  section: string;
  speakers: string;
  kinds: string;
}

export interface IndexedPassage {
  paragraph: Paragraph;
  /** Its place in the index's `passages`: what is remembered per passage is kept in arrays by it. */
  ordinal: number;
  /**
   * Where its slots start in a concept's remembered evidence (search/evidence.ts): one for the whole
   * passage, then one per sentence, passage after passage, so a question reads each candidate's together.
   */
  slot: number;
  /** Every term of every field: what the passage can be evidence for. */
  terms: Set<string>;
  /** Stems of the text's words in order (stopwords kept as ""), for phrase and proximity checks. */
  sequence: string[][];
  /** Where each term stands in `sequence`: phrase checks start from these instead of scanning. */
  positions: Map<string, number[]>;
  /**
   * The passage as evidence reads it: its terms, phrases in its sequence, and the terms of its section
   * title as weak evidence ("conclude" → "Conclusions and Observations").
   */
  span: TermSpan;
  /**
   * Prior weight: signposting ("This article addresses …"), lists and bare lead-ins answer nothing, and a
   * paragraph introducing a block quote counts less than the quote.
   */
  prior: number;
  /** Each sentence of the text as a span of `sequence`: windows of sentences are judged from these. */
  sentences: TermSpan[];
  /** Readers' words: stems labelled questions used for this passage and it does not (see readers.ts). */
  readers: ReadonlyMap<string, number>;
  /** The same by sentence (its place in `paragraph.sentences`): the stems of questions whose gold snippet
   * stands in it. */
  readersBySentence: ReadonlyMap<number, ReadonlyMap<string, number>>;
  /** Stems of out-of-scope questions this passage was shown first for, and does not use. */
  unanswered: ReadonlyMap<string, number>;
}

const SIGNPOST = /\b(?:this|the) article (?:addresses|concludes|examines|will)\b/i;
const SIGNPOST_PRIOR = 0.5;
const MIN_ANSWER_LENGTH = 60;

function priorOf(paragraphs: readonly Paragraph[], i: number): number {
  const paragraph = paragraphs[i] as Paragraph;
  const signpost =
    paragraph.kind === 'list' || SIGNPOST.test(paragraph.text) || paragraph.text.length < MIN_ANSWER_LENGTH;
  return (signpost ? SIGNPOST_PRIOR : 1) * (introducesQuote(paragraphs, i) ? LEAD_IN_PRIOR : 1);
}

/**
 * A paragraph that introduces a block quote ("Zhong Sheng provides a typical example of this argument in
 * a February 2013 article." then "The author(s) state(s):") names the source; the quote says what the
 * source says, and carries the lead-in's words as its context. So "what does the 2012 defense white
 * paper say abt cyber" is answered by the white paper's words, not by the sentence announcing them.
 * Cross-validated by batch on tuning (7,481 questions): hit1 5,576 → 5,584, excerpt1 5,522 → 5,530, the
 * rest equal (0.8: +3; 0.5: +9 but one fewer novel question first; lead-ins of lists as well: 2 fewer).
 */
const LEAD_IN_PRIOR = 0.6;

/** Is the block quote after this paragraph, or after a short "The author(s) state(s):" after it? */
function introducesQuote(paragraphs: readonly Paragraph[], i: number): boolean {
  if (paragraphs[i]?.kind === 'blockquote') return false;
  const next = paragraphs[i + 1];
  if (next?.kind === 'blockquote') return true;
  return (
    next !== undefined && next.text.length < MIN_ANSWER_LENGTH && paragraphs[i + 2]?.kind === 'blockquote'
  );
}

/**
 * How much each field counts in BM25. Readers' words (readers.ts) count as a field of their own, as
 * document expansion does with the questions a document answered: a passage people asked for in words
 * it does not use is a candidate for those words, not only credited once BM25 has picked it. Each stem
 * counts as often as questions used it, up to `READERS_REPEAT`. Cross-validated by batch on tuning
 * (9,507 questions, readers' words from the other folds): hit1 6,965 → 6,966, hit3 7,088 → 7,095, MRR
 * 7,021.7 → 7,025.8, refusals equal; 0.2–0.5 instead of 1: hit1 +2–3, hit3 +3–5, one false refusal more.
 */
export const FIELD_BOOST = { text: 1, context: 0.6, readers: 1 };
const READERS_REPEAT = 3;

/** A passage's readers' words as its `readers` field: each stem as often as questions used it, at most `READERS_REPEAT`. */
function readersTerms(readers: ReadersWords, id: string): string[] {
  return Object.entries(readers.passages[id] ?? {}).flatMap(([stem, n]) =>
    Array<string>(Math.min(n, READERS_REPEAT)).fill(stem),
  );
}

/** Edit distance allowed in suggestions, as a share of the word's length. */
const SUGGEST_FUZZINESS = 0.4;

const MIN_DERIVATION_STEM = 4;
/**
 * What Porter leaves on a stem when one word derives from another ("argu" → "argument", "defin" →
 * "definit", "econom" → "economi", "west" → "western"). A bare prefix is no family: "harm" is not
 * "harmoni", "intern" not "internet", "main" not "maintain".
 */
const DERIVATION_SUFFIXES = new Set(
  'ment it ion al dom i er or itor ior ian th en ti iti ri li edli ern n anc abl aci t s'.split(' '),
);

const NONE: readonly IndexedPassage[] = [];

/** A passage and minisearch's BM25 score for it. */
export interface Bm25Result {
  passage: IndexedPassage;
  score: number;
}

/** Stands between fields in a passage's word sequence: never part of a phrase. */
const FIELD_BREAK = ['\u0000'];

/** Splits already-processed query strings: the ranker passes stems separated by spaces. */
const splitStems = (text: string) => text.split(' ').filter(Boolean);

export class PassageIndex {
  readonly search: MiniSearch<Doc>;
  readonly passages: IndexedPassage[];
  /** How many evidence slots its passages take (see `IndexedPassage.slot`). */
  readonly slots: number;
  /** Each passage's place in `passages`, by id. */
  private readonly ordinal: Map<string, number>;
  /** A word of the article for each stem, to show terms to people ("sovereignti" → "sovereignty"). */
  readonly surface = new Map<string, string>();
  /** Stems of proper nouns (capitalised inside a paragraph): "zhong", "sheng", "mandiant", "icann". */
  readonly names = new Set<string>();
  /** Every word of the article (lower-cased) with its stem: typos are corrected against words. */
  readonly words = new Map<string, string>();
  private readonly nameWords = new Set<string>();
  /** The passages (by place in `passages`) whose terms include each term, in order: the article's vocabulary. */
  private readonly postings = new Map<string, number[]>();

  /** The passages readers called by each stem. */
  private readonly readersPostings = new Map<string, IndexedPassage[]>();
  /** The sentences (by place in each passage's `sentences`) readers called by each stem. */
  private readonly sentenceReadersPostings = new Map<string, Map<IndexedPassage, Set<number>>>();

  /** The labelled questions asked before, to vote for the passages that answered them. */
  readonly asked: AskedBefore;

  constructor(
    readonly article: Article,
    readers: ReadersWords = NO_READERS_WORDS,
  ) {
    this.asked = new AskedBefore(readers.asked);
    this.search = new MiniSearch<Doc>({
      // Three fields, not six: the context only needs to count a little, and each field's BM25 is summed
      // once per term (the impacts are remembered).
      fields: ['text', 'context', 'readers'],
      // Every field is read from terms already at hand, by the passage's id: a paragraph's text is
      // tokenised once, for its text view, and minisearch reuses those terms.
      extractField: (doc) => doc.id,
      tokenize: (id, field) =>
        field === 'context'
          ? (contextTerms.get(id) ?? [])
          : field === 'readers'
            ? readersTerms(readers, id)
            : (textTerms.get(id) ?? []),
      processTerm: (term) => term,
      searchOptions: { tokenize: splitStems, processTerm: (term) => term },
    });
    const textTerms = new Map(article.paragraphs.map((p) => [p.id, textViewOf(p).sequence.flat()] as const));
    const docs = article.paragraphs.map(toDoc);
    // A paragraph is read in its neighbours' company: BM25's context field carries the text of the
    // paragraphs before and after it. A paragraph often answers in words the one before it set up: "This
    // viewpoint reflects … concern with social disorder" says why Chinese sources are "state-centric", a word
    // only the paragraph before it uses, so "why so state-centric, root cause per swaine" found the
    // viewpoint and not its reason. The context counts little (`FIELD_BOOST`), and only in BM25, which picks
    // the candidates and scales their scores: evidence, and so whether to answer, is still the passage's own.
    // Cross-validated by batch on tuning (9,507 questions): hit1 6,958 → 6,964, hit3 7,074 → 7,085, MRR
    // 7,012.3 → 7,019.3, excerpt1 6,894 → 6,900, refusals equal. Only the paragraph before, only after a
    // paragraph opening "This …", "such …": hit3 +4; the paragraph before and after, any paragraph: +11.
    const contextTerms = new Map(
      docs.map((doc, i) => {
        const own = contentTerms([doc.leadIn, doc.speakers, doc.speakers, doc.section, doc.kinds].join(' '));
        const around = [article.paragraphs[i - 1], article.paragraphs[i + 1]].flatMap((p) =>
          p ? (textTerms.get(p.id) ?? []) : [],
        );
        return [doc.id, [...own, ...around]] as [string, string[]];
      }),
    );
    this.search.addAll(docs);
    let slots = 0;
    this.passages = article.paragraphs.map((paragraph, i) => {
      const doc = docs[i] as Doc;
      const { tokens, sequence: text } = textViewOf(paragraph);
      const leadIn = keptWordTerms(doc.leadIn);
      const speakers = keptWordTerms(doc.speakers);
      // Text first, then the other fields, each after a break so phrases never span two fields.
      const sequence = [...text, FIELD_BREAK, ...leadIn, FIELD_BREAK, ...speakers, FIELD_BREAK];
      // The section title helps BM25 a little but is no evidence that a paragraph answers anything.
      const terms = new Set([
        ...text.flat(),
        ...leadIn.flat(),
        ...speakers.flat(),
        ...contentTerms(doc.kinds),
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
      const positions = positionsOf(sequence);
      const sectionTerms = new Set(contentTerms(doc.section));
      const span = new TermSpan(sequence, positions, 0, sequence.length, terms, sectionTerms);
      const { spans: sentences, sentenceOf } = sentenceSpans(paragraph, tokens, sequence, positions);
      const own = (words: Record<string, number> = {}) =>
        new Map(Object.entries(words).filter(([stem]) => !terms.has(stem)));
      const bySentence = readers.sentences[paragraph.id] ?? {};
      const passage: IndexedPassage = {
        paragraph,
        ordinal: i,
        slot: slots,
        terms,
        sequence,
        positions,
        span,
        prior: priorOf(article.paragraphs, i),
        sentences,
        readers: own(readers.passages[paragraph.id]),
        readersBySentence: new Map(Object.entries(bySentence).map(([k, words]) => [Number(k), own(words)])),
        unanswered: own(readers.unanswered[paragraph.id]),
      };
      this.postReaders(passage, sentenceOf);
      slots += 1 + sentences.length;
      return passage;
    });
    this.slots = slots;
    this.ordinal = new Map(this.passages.map((p, i) => [p.paragraph.id, i]));
    this.impacts = new ImpactTable((term) => {
      const results = this.search.search(term, { boost: FIELD_BOOST });
      return {
        docs: Int32Array.from(results, (r) => this.ordinal.get(String(r.id)) ?? 0),
        scores: Float64Array.from(results, (r) => r.score),
      };
    }, this.passages.length);
    this.passages.forEach((passage, i) => {
      for (const term of passage.terms) {
        const list = this.postings.get(term);
        if (list) list.push(i);
        else this.postings.set(term, [i]);
      }
    });
  }

  /** Records where readers called the passage and its sentences (`sentenceOf`: each span's sentence). */
  private postReaders(passage: IndexedPassage, sentenceOf: readonly number[]): void {
    for (const stem of passage.readers.keys()) {
      const list = this.readersPostings.get(stem);
      if (list) list.push(passage);
      else this.readersPostings.set(stem, [passage]);
    }
    sentenceOf.forEach((k, s) => {
      for (const stem of passage.readersBySentence.get(k)?.keys() ?? []) {
        const byPassage = this.sentenceReadersPostings.get(stem) ?? new Map<IndexedPassage, Set<number>>();
        byPassage.set(passage, (byPassage.get(passage) ?? new Set<number>()).add(s));
        this.sentenceReadersPostings.set(stem, byPassage);
      }
    });
  }

  /** The passages readers called by this stem, though it is not their word. */
  calledBy(stem: string): readonly IndexedPassage[] {
    return this.readersPostings.get(stem) ?? NONE;
  }

  /** The sentences (by place in `sentences`) of each passage readers called by this stem. */
  sentencesCalledBy(stem: string): ReadonlyMap<IndexedPassage, ReadonlySet<number>> | undefined {
    return this.sentenceReadersPostings.get(stem);
  }

  get size(): number {
    return this.passages.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Passages (by place in `passages`) whose terms include every one of `terms`. */
  passagesWithAll(terms: readonly string[]): number[] {
    let found: number[] | undefined;
    for (const term of terms) {
      const list = this.postings.get(term) ?? [];
      found = found === undefined ? list : found.filter((i) => list.includes(i));
      if (found.length === 0) break;
    }
    return found ?? [];
  }

  /** minisearch's BM25 score of each passage for one term (field boosts applied), remembered. */
  private readonly impacts: ImpactTable;

  /**
   * minisearch's score for an OR query of distinct terms with per-term boosts (see `ImpactTable`), best
   * first, as `MiniSearch#search` orders them.
   */
  bm25(boosts: ReadonlyMap<string, number>): Bm25Result[] {
    return this.impacts
      .scores(boosts)
      .map(({ at, score }) => ({ passage: this.passages[at] as IndexedPassage, score }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The `k` passages `bm25` puts first, in its order, and every passage matched whose id `also` holds
   * (at most `also.size`, best first; some may be among the first `k` too), from one summing. Passages
   * `evenUnmatched` holds are among them whatever they matched (scored 0 if nothing, and last).
   */
  bm25Best(
    boosts: ReadonlyMap<string, number>,
    k: number,
    also: ReadonlySet<string>,
    evenUnmatched: ReadonlySet<string> = new Set(),
  ): { best: Bm25Result[]; also: Bm25Result[] } {
    const { all, kept } = this.impacts.best(
      boosts,
      k,
      (at) => {
        const { id } = (this.passages[at] as IndexedPassage).paragraph;
        return also.has(id) || evenUnmatched.has(id);
      },
      also.size + evenUnmatched.size,
    );
    const result = ({ at, score }: Scored): Bm25Result => ({
      passage: this.passages[at] as IndexedPassage,
      score,
    });
    const best = all.map(result);
    // A passage in both lists is one result object (`best` holds the very one `kept` does), so callers
    // can tell.
    const voted = kept.map((scored) => best[all.indexOf(scored)] ?? result(scored));
    if (evenUnmatched.size > 0) {
      for (const passage of this.passages) {
        if (evenUnmatched.has(passage.paragraph.id) && !voted.some((r) => r.passage === passage)) {
          voted.push({ passage, score: 0 });
        }
      }
    }
    return { best, also: voted };
  }

  private readonly suggestionMemo = new Memo<string | undefined>();

  /**
   * The article's word closest to a stem it does not have (minisearch's autoSuggest, fuzzy and by
   * prefix), as the article spells it.
   */
  suggestion(stem: string): string | undefined {
    return this.suggestionMemo.get(stem, () => {
      // Typos rarely change the first letter; suggestions that do are noise ("capital" → "rapid"). The
      // text alone: the context field repeats the neighbours' words and would rank them by their neighbours.
      const best = this.search
        .autoSuggest(stem, { fuzzy: SUGGEST_FUZZINESS, prefix: true, fields: ['text'] })
        .find((s) => s.terms[0]?.[0] === stem[0]);
      const term = best?.terms[0];
      return term ? (this.surface.get(term) ?? term) : undefined;
    });
  }

  private readonly derivedMemo = new Memo<string[]>();
  private readonly correctionMemo = new Memo<string[]>();
  private readonly closestMemo = new Memo<string[]>();
  /** How many passages give full evidence for a concept (keyed by its phrases), remembered across questions. */
  readonly conceptFrequency = new Memo<number>();
  /** Where readers called a concept (keyed by its stems; readers.ts `readersCalls`), remembered across questions. */
  readonly readersCalled = new Memo<Called | undefined>();

  /** Terms of the article that extend a stem by a short suffix: "argu" → "argument", "defin" → "definit". */
  derivedTerms(stem: string): string[] {
    return this.derivedMemo.get(stem, () => this.findDerivedTerms(stem));
  }

  /** The stem of the article's word closest to a misspelt one ("secuirty" → security's), if any. */
  correctWord(word: string): string | undefined {
    return this.correctionMemo.get(word, () =>
      closestTerms(word, this.words.keys(), this.nameWords).map((w) => this.words.get(w) ?? w),
    )[0];
  }

  /** The article's terms closest to an unknown one, within its typo budget. */
  closestTerms(term: string): string[] {
    return this.closestMemo.get(term, () => closestTerms(term, this.postings.keys(), this.names));
  }

  private findDerivedTerms(stem: string): string[] {
    if (stem.length < MIN_DERIVATION_STEM) return [];
    return [...DERIVATION_SUFFIXES]
      .map((suffix) => stem + suffix)
      .filter((term) => this.has(term) && !isOverriddenStem(term));
  }
}

/**
 * The paragraph's sentences as spans of its word sequence (token k of the text is slot k), and for each
 * span the sentence's place in the paragraph (sentences without words have no span).
 */
function sentenceSpans(
  paragraph: Paragraph,
  tokens: readonly { start: number; end: number }[],
  sequence: string[][],
  positions: Map<string, number[]>,
): { spans: TermSpan[]; sentenceOf: number[] } {
  const spans: TermSpan[] = [];
  const sentenceOf: number[] = [];
  let k = 0;
  paragraph.sentences.forEach((sentence, i) => {
    while (k < tokens.length && (tokens[k] as { start: number }).start < sentence.start) k++;
    const from = k;
    while (k < tokens.length && (tokens[k] as { end: number }).end <= sentence.end) k++;
    if (k > from) {
      spans.push(TermSpan.judgedOften(sequence, positions, from, k));
      sentenceOf.push(i);
    }
  });
  return spans.length > 0
    ? { spans, sentenceOf }
    : { spans: [TermSpan.judgedOften(sequence, positions, 0, tokens.length)], sentenceOf: [0] };
}

function toDoc(paragraph: Paragraph): Doc {
  return {
    id: paragraph.id,
    leadIn: paragraph.leadIn ?? '',
    section: paragraph.section,
    speakers: [...new Set(paragraph.quotations.flatMap((q) => (q.speaker ? [q.speaker] : [])))].join(' '),
    kinds: paragraph.sourceKinds.join(' '),
  };
}
