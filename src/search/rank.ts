// Question concepts → ranked passages. minisearch's BM25 proposes candidates; each is then judged by
// evidence: how much of the question's meaning it covers (IDF-weighted concepts) and whether the
// question's words stand together in it as a phrase.

import { closestTerms } from './fuzzy.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import { FIELD_BOOST } from './index.js';
import type { Concept, QueryModel } from './query.js';

/** A concept with the terms that count as evidence for it in this article. */
export interface ResolvedConcept {
  concept: Concept;
  /** Terms of the question's own words found in the article (exact or within the typo budget). */
  own: string[];
  expansions: string[];
  /** True when the question's own word was not in the article but a close term was. */
  corrected: boolean;
  /** False when neither the word, a close term, nor a glossary target occurs in the article. */
  known: boolean;
  /** Importance: inverse document frequency of the concept across passages. */
  weight: number;
}

export interface RankedPassage {
  passage: IndexedPassage;
  score: number;
  /** Share of the question's weighted concepts this passage covers, 0–1. */
  coverage: number;
  /** The terms that matched, for highlighting. */
  matched: Set<string>;
  /** minisearch's BM25 score relative to the best candidate's, 0–1. */
  bm25: number;
  /** Phrase and question-intent bonus. */
  bonus: number;
}

const EXPANSION_BOOST = 0.5;
const EXPANSION_ONLY_BOOST = 0.9;
const CORRECTED_BOOST = 0.8;
/** Credit for a concept covered only through the glossary, relative to the question's own word. */
const EXPANSION_CREDIT = 0.85;
const PHRASE_BONUS = 0.25;
const INTENT_BONUS = 0.3;
const CANDIDATES = 40;

export function resolveConcepts(model: QueryModel, index: PassageIndex): ResolvedConcept[] {
  const n = index.size;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return model.concepts.map((concept) => {
    let own = concept.terms.filter((t) => index.has(t));
    let corrected = false;
    if (own.length === 0 && concept.terms.length > 0) {
      own = [...new Set(concept.terms.flatMap((t) => closestTerms(t, index.vocabulary(), index.names)))];
      corrected = own.length > 0;
    }
    const expansions = concept.expansions.filter((t) => index.has(t) && !own.includes(t));
    const all = new Set([...own, ...expansions]);
    // Weight by the most specific terms: a compound's first stem ("cyberattack"), not its parts.
    const specific = new Set([...(corrected ? own : own.slice(0, 1)), ...expansions]);
    const df =
      specific.size === 0
        ? 0
        : index.passages.filter((p) => [...specific].some((t) => p.terms.has(t))).length;
    return { concept, own, expansions, corrected, known: all.size > 0, weight: idf(df) };
  });
}

/** Ranks passages for a question; every passage returned matched at least one concept. */
export function rankPassages(
  concepts: ResolvedConcept[],
  index: PassageIndex,
  question = '',
): RankedPassage[] {
  const boosts = new Map<string, number>();
  for (const c of concepts) {
    for (const t of c.own) boosts.set(t, Math.max(boosts.get(t) ?? 0, c.corrected ? CORRECTED_BOOST : 1));
    const expansionBoost = c.own.length === 0 ? EXPANSION_ONLY_BOOST : EXPANSION_BOOST;
    for (const t of c.expansions) boosts.set(t, Math.max(boosts.get(t) ?? 0, expansionBoost));
  }
  if (boosts.size === 0) return [];
  const results = index.search.search([...boosts.keys()].join(' '), {
    combineWith: 'OR',
    boost: FIELD_BOOST,
    boostTerm: (term) => boosts.get(term) ?? 1,
  });
  const top = results[0]?.score ?? 1;
  // Words the article never uses cannot be covered by any passage; coverage is judged on the rest.
  const totalWeight = concepts.filter((c) => c.known).reduce((sum, c) => sum + c.weight, 0) || 1;
  const intents = questionIntents(question);
  const ranked = results.slice(0, CANDIDATES).flatMap((result) => {
    const passage = index.byId.get(String(result.id));
    if (!passage) return [];
    const matched = new Set<string>();
    let covered = 0;
    for (const c of concepts) {
      const ownHit = c.own.filter((t) => passage.terms.has(t));
      const expansionHit = c.expansions.filter((t) => passage.terms.has(t));
      for (const t of [...ownHit, ...expansionHit]) matched.add(t);
      if (ownHit.length > 0) covered += c.weight;
      else if (expansionHit.length > 0) covered += c.weight * EXPANSION_CREDIT;
    }
    const coverage = covered / totalWeight;
    const bonus = phraseBonus(concepts, passage) + intentBonus(intents, passage);
    const bm25 = result.score / top;
    const score = coverage ** 2 * (0.4 + 0.6 * bm25) * (1 + bonus) * passage.prior;
    return [{ passage, score, coverage, matched, bm25, bonus }];
  });
  return ranked.sort((a, b) => b.score - a.score || a.passage.paragraph.number - b.passage.paragraph.number);
}

/** Bonus when neighbouring concepts of the question stand next to each other in the passage. */
function phraseBonus(concepts: ResolvedConcept[], passage: IndexedPassage): number {
  let bonus = 0;
  const termsOf = (c: ResolvedConcept) => new Set([...c.own, ...c.expansions]);
  for (let i = 0; i + 1 < concepts.length; i++) {
    const a = termsOf(concepts[i] as ResolvedConcept);
    const b = termsOf(concepts[i + 1] as ResolvedConcept);
    if (adjacent(passage.sequence, a, b)) bonus += PHRASE_BONUS;
  }
  // A multi-word concept ("double standard", "root servers") is a phrase in itself.
  for (const c of concepts) {
    if (
      c.own.length >= 2 &&
      adjacent(passage.sequence, new Set([c.own[0] ?? '']), new Set([c.own[1] ?? '']))
    ) {
      bonus += PHRASE_BONUS;
    }
  }
  return bonus;
}

type Intent = 'number' | 'date';

/** What kind of answer the question's wording asks for: "how many …" wants a number, "when …" a date. */
export function questionIntents(question: string): Set<Intent> {
  const intents = new Set<Intent>();
  if (/\bhow (many|much)\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b/i.test(question))
    intents.add('number');
  if (/\bwhen\b|\bwhat (year|date|month|day)\b|\bwhich (year|month|day)\b/i.test(question))
    intents.add('date');
  return intents;
}

const NUMBER = /\b\d+\b|\b(?:ten|thirteen|eighty|hundred|thousand|million|percent|majority)\b/i;
const DATE =
  /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function intentBonus(intents: Set<Intent>, passage: IndexedPassage): number {
  let bonus = 0;
  if (intents.has('number') && NUMBER.test(passage.paragraph.text)) bonus += INTENT_BONUS;
  if (intents.has('date') && DATE.test(passage.paragraph.text)) bonus += INTENT_BONUS;
  return bonus;
}

function adjacent(sequence: string[][], a: Set<string>, b: Set<string>): boolean {
  for (let i = 0; i < sequence.length; i++) {
    if (!(sequence[i] ?? []).some((t) => a.has(t))) continue;
    for (let j = i + 1; j <= Math.min(sequence.length - 1, i + 2); j++) {
      if ((sequence[j] ?? []).some((t) => b.has(t))) return true;
    }
  }
  return false;
}
