// Question concepts → ranked passages. minisearch's BM25 proposes candidates; each is then judged by
// evidence: how much of the question's meaning it covers (IDF-weighted concepts, multi-word ones as
// phrases) and whether the question's words stand together in it.

import { evidence, evidenceAt, judgePassage, type Remembered, rememberedOf } from './evidence.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import type { Memo } from './memo.js';
import { RANKING, scorePassage } from './options.js';
import { isPart, PARTS, type Part, partsNamed } from './parts.js';
import type { Concept, QueryModel } from './query.js';
import { type Called, readersCalls } from './readers.js';
import { isEnglishWord, specificity } from './specificity.js';
import { afterCyber, stem } from './terms.js';

/** A concept with the phrases that count as evidence for it in this article. */
export interface ResolvedConcept {
  concept: Concept;
  /** The question's own words as the article spells them (typos corrected), in order. */
  phrase: string[];
  /** Weaker terms of the question's own words (compound parts). */
  parts: string[];
  /** Glossary targets the article contains. */
  targets: string[][];
  /** The article's words sharing a sense with the question's word (WordNet): weaker evidence. */
  synonyms: string[];
  /** All terms above, for the index query and for highlighting. */
  terms: string[];
  /** True when a word of the question was not in the article but a close term was. */
  corrected: boolean;
  /** False when neither the words, close terms, nor a glossary target occur in the article. */
  known: boolean;
  /** Importance: inverse document frequency of the concept across passages. */
  weight: number;
}

export interface RankedPassage {
  passage: IndexedPassage;
  score: number;
  /** Share of the question's weighted (known) concepts this passage covers, 0–1. */
  coverage: number;
  /** The same share, counting only concepts the article knows by their own words or the glossary's. */
  strictCoverage: number;
  /** How many concepts the passage gives full evidence for. */
  covered: ResolvedConcept[];
  /** minisearch's BM25 score relative to the best candidate's, 0–1. */
  bm25: number;
  /** Phrase and question-intent bonus. */
  bonus: number;
  /** Share of the question's weighted concepts the best window of two consecutive sentences covers. */
  window: number;
  /** The score on the passage's own words alone, without readers' words: what refusing is judged on. */
  ownScore(): number;
}

const { boost: BOOST, credit: CREDIT, bonus: BONUS, readers: READERS } = RANKING;

export { evidence };

/**
 * Known by the question's own words or the glossary, not only through WordNet synonyms: what deciding
 * whether the article answers at all relies on ("who invented the internet" must not pass on "devise").
 */
export function isStrictlyKnown(c: ResolvedConcept): boolean {
  return c.known && (c.phrase.length > 0 || c.targets.length > 0);
}

/** A concept resolved against the article, apart from the question's own concept it came from. */
export type Resolution = Omit<ResolvedConcept, 'concept'>;

/**
 * Each concept of the question resolved against the article. With `memo`, a concept resolved before
 * (by its words, stems, parts, targets and translations) is not resolved again: questions share most of
 * their concepts. A memo belongs to one index and one `synonymsOf`.
 */
export function resolveConcepts(
  model: QueryModel,
  index: PassageIndex,
  synonymsOf: (stem: string) => readonly string[] = () => [],
  memo?: Memo<Resolution>,
): ResolvedConcept[] {
  return model.concepts.map((concept) => {
    if (!memo) return { concept, ...resolveConcept(concept, index, synonymsOf) };
    const key = [
      concept.phrase.join(' '),
      concept.words.join(' '),
      concept.parts.join(' '),
      concept.targets.map((t) => t.join(' ')).join(','),
      concept.translations?.join(' ') ?? '',
    ].join('|');
    return { concept, ...memo.get(key, () => resolveConcept(concept, index, synonymsOf)) };
  });
}

function resolveConcept(
  concept: Concept,
  index: PassageIndex,
  synonymsOf: (stem: string) => readonly string[],
): Resolution {
  const n = index.size;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  // Each word is taken as written when the article has it, else corrected to the closest term.
  let corrected = false;
  const phrase = concept.phrase.map((t, k) => {
    if (index.has(t)) return t;
    const word = concept.words[k];
    // "harsher", "closest", "openly": Porter leaves them apart from the article's "harsh", "close", "open".
    const base = word ? baseStems(word).find((b) => index.has(b)) : undefined;
    if (base) return base;
    // Word to word first; stem to stem only for long stems, where a near miss is rarely another word
    // ("invent" is one edit from "intent", "sovereignti" from nothing but itself).
    const candidate =
      (word ? index.correctWord(word) : undefined) ??
      (t.length >= RANKING.minStemCorrection ? index.closestTerms(t)[0] : undefined);
    // A word English knows is no typo: it may become another form of itself ("portrayal" → the
    // article's "portrays"), never a different word ("complaints" is not "compliant").
    const close =
      candidate !== undefined && word !== undefined && isEnglishWord(word) && !sameFamily(t, candidate)
        ? undefined
        : candidate;
    if (close) corrected = true;
    return close ?? t;
  });
  let phraseKnown = phrase.length > 0 && phrase.every((t) => index.has(t));
  let parts = concept.parts.filter((t) => index.has(t));
  // "cyber accusations" was joined like "cyber attacks", but the article has no "cyberaccusations":
  // the question means accusations, so its second part becomes the concept ("cyber relashionship":
  // its second part corrected first).
  if (!phraseKnown && phrase.length === 1) {
    const ownPart = parts.find((t) => t !== 'cyber');
    const rest = afterCyber(concept.words[0] ?? '');
    const second = ownPart ?? (rest ? index.correctWord(rest) : undefined);
    if (second) {
      if (!ownPart) corrected = true;
      phrase.splice(0, 1, second);
      phraseKnown = true;
      parts = parts.filter((t) => t !== second);
    }
  }
  const targets = concept.targets.filter((target) => target.every((t) => index.has(t)));
  // Word families Porter leaves apart ("argue" / "argument", "define" / "definition") count as targets.
  if (phraseKnown && phrase.length === 1) {
    for (const derived of index.derivedTerms(phrase[0] as string)) targets.push([derived]);
  }
  // A word the article never uses finds its synonyms there ("curb" → control), unless the glossary
  // already says what it means here. (Synonyms of words the article does use were tried: on the
  // tuning set they helped, on the regression sets they displaced the article's own word.)
  const own =
    phrase.length === 1 ? (phrase[0] as string) : concept.phrase.length === 1 ? concept.phrase[0] : undefined;
  const synonyms =
    own !== undefined && !phraseKnown && concept.targets.length === 0
      ? [...(concept.translations ?? []), ...synonymsOf(own)].filter((t) => t !== own && index.has(t))
      : [];
  const terms = [
    ...new Set([
      ...(phraseKnown ? phrase : phrase.filter((t) => index.has(t))),
      ...parts,
      ...targets.flat(),
      ...synonyms,
    ]),
  ];
  const resolved: Resolution = {
    phrase: phraseKnown ? phrase : [],
    parts,
    targets,
    synonyms,
    terms,
    corrected,
    known: phraseKnown || targets.length > 0 || synonyms.length > 0,
    weight: 0,
  };
  const key = [phrase.join(' '), ...parts, '|', ...targets.map((t) => t.join(' ')), '|', ...synonyms].join(
    '/',
  );
  const df = index.conceptFrequency.get(key, () => (resolved.known ? fullEvidenceCount(resolved, index) : 0));
  // Rare in the article and specific in English: "huge deal" is rare here and says nothing.
  // A Chinese word known only through its dictionary translation may be another sense of it.
  const translated =
    concept.translations !== undefined && !phraseKnown && targets.length === 0 && synonyms.length > 0;
  resolved.weight = idf(df) * wordSpecificity(concept.words) * (translated ? RANKING.translationWeight : 1);
  return resolved;
}

/**
 * Stems of one word family: one begins with the other ("critic" / "criticism"), Porter's final "y" / "i"
 * aside ("portray" for "portrayal", "portrai" for "portrays").
 */
function sameFamily(a: string, b: string): boolean {
  const x = a.replace(/y$/, 'i');
  const y = b.replace(/y$/, 'i');
  return x.startsWith(y) || y.startsWith(x);
}

/** A concept is as specific as its most specific word ("arms race": "arms"). */
export function wordSpecificity(words: readonly string[]): number {
  let best = 0;
  for (const w of words) best = Math.max(best, specificity(w, RANKING.specificity));
  return words.length === 0 ? 1 : best;
}

/**
 * How many passages give full evidence for a concept (its own words, or a glossary target). Only
 * passages holding every term of the phrase or of some target can, so only those are judged.
 */
function fullEvidenceCount(c: Resolution, index: PassageIndex): number {
  const candidates = new Set<number>();
  for (const alternative of [c.phrase, ...c.targets, ...c.synonyms.map((t) => [t])]) {
    if (alternative.length > 0) for (const i of index.passagesWithAll(alternative)) candidates.add(i);
  }
  // A word known only through its synonyms is as common as they are.
  const full = c.phrase.length > 0 || c.targets.length > 0 ? CREDIT.target : CREDIT.synonym;
  let count = 0;
  for (const i of candidates) {
    const passage = index.passages[i];
    if (passage && evidence(c, passage.span) >= full) count++;
  }
  return count;
}

/**
 * Ranks passages for a question's concepts and intents (`questionIntents`): BM25's best candidates and
 * the passages `alsoConsider` holds, when they matched at least one concept, and those `evenUnmatched`
 * holds (the part of the article a question names), whatever they matched.
 */
export function rankPassages(
  concepts: ResolvedConcept[],
  index: PassageIndex,
  intents: ReadonlySet<Intent> = new Set(),
  alsoConsider: ReadonlySet<string> = new Set(),
  evenUnmatched: ReadonlySet<string> = new Set(),
): RankedPassage[] {
  const boosts = new Map<string, number>();
  const boost = (t: string, b: number) => boosts.set(t, Math.max(boosts.get(t) ?? 0, b));
  for (const c of concepts) {
    for (const t of c.phrase) boost(t, c.corrected ? BOOST.corrected : 1);
    // Compound parts ("attack" of "cyberattacks") are too common to help BM25; evidence still counts them.
    const targetBoost = c.phrase.length === 0 ? BOOST.targetOnly : BOOST.target;
    for (const target of c.targets) for (const t of target) boost(t, targetBoost);
    for (const t of c.synonyms) boost(t, BOOST.synonym);
  }
  if (boosts.size === 0) return [];
  // BM25's best candidates and the passages voted for, without sorting every passage the query matches:
  // the candidates are ranked by evidence below, whatever their order here.
  const results = index.bm25Best(boosts, RANKING.candidates, alsoConsider, evenUnmatched);
  const top = results.best[0]?.score ?? 1;
  // Words the article never uses cannot be covered by any passage; coverage is judged on the rest.
  const known = concepts.filter((c) => c.known);
  const totalWeight = known.reduce((sum, c) => sum + c.weight, 0) || 1;
  const strict = known.filter(isStrictlyKnown);
  const strictWeight = strict.reduce((sum, c) => sum + c.weight, 0) || 1;
  // What is remembered of each concept across questions: its evidence in each passage and sentence.
  const memos = known.map((c) => rememberedOf(c, index.passages, index.slots));
  const near = neighbours(known, memos);
  // Words the article never uses that readers used for some passage: they rank, but weigh at most
  // `unknownWeight` (a word no passage has is the rarest of all).
  const calls = new Map<ResolvedConcept, Called | undefined>(
    concepts.map((c) => [c, readersCalls(c, index)]),
  );
  const knownCalls = known.map((c) => calls.get(c));
  const learnedOnly = concepts.filter((c) => !c.known && calls.get(c) !== undefined);
  const learnedWeight = learnedOnly.reduce((sum, c) => sum + Math.min(c.weight, READERS.unknownWeight), 0);
  const candidates = [...results.best, ...results.also.filter((r) => !results.best.includes(r))];
  const ranked = candidates.map((result) => {
    const { passage } = result;
    let coveredWeight = 0;
    let ownWeight = 0;
    let strictlyCovered = 0;
    const covered: ResolvedConcept[] = [];
    // Each concept's evidence in the passage, whole (at the passage's slot) and by sentence (after it),
    // judged into its memo.
    for (let k = 0; k < known.length; k++) {
      const c = known[k] as ResolvedConcept;
      let e = judgePassage(c, memos[k] as Remembered, passage);
      ownWeight += c.weight * e;
      if (e < READERS.credit && knownCalls[k]?.passages[passage.ordinal] === 1) e = READERS.credit;
      coveredWeight += c.weight * e;
      if (isStrictlyKnown(c)) strictlyCovered += c.weight * e;
      if (e >= CREDIT.target) covered.push(c);
    }
    const coverage = coveredWeight / totalWeight;
    const strictCoverage = strictlyCovered / strictWeight;
    let learned = 0;
    for (const c of learnedOnly) {
      if (calls.get(c)?.passages[passage.ordinal] === 1) {
        learned += Math.min(c.weight, READERS.unknownWeight) * READERS.credit;
      }
    }
    const ranking = learnedWeight > 0 ? (coveredWeight + learned) / (totalWeight + learnedWeight) : coverage;
    const bonus = phraseBonus(near, passage, memos) + intentBonus(intents, passage);
    const bm25 = result.score / top;
    const window = windowCoverage(known, passage, memos, knownCalls) / totalWeight;
    const score = scorePassage({ coverage: ranking, bm25, bonus, window, prior: passage.prior });
    // Needed only when the best passage does not answer: computed then.
    let own: number | undefined;
    const ownScore = () => {
      own ??= scorePassage({
        coverage: ownWeight / totalWeight,
        bm25,
        bonus,
        window: windowCoverage(known, passage, memos) / totalWeight,
        prior: passage.prior,
      });
      return own;
    };
    return { passage, score, coverage, strictCoverage, covered, bm25, bonus, window, ownScore };
  });
  return ranked.sort((a, b) => b.score - a.score || a.passage.paragraph.number - b.passage.paragraph.number);
}

/**
 * The weighted evidence of the best window of two consecutive sentences: a paragraph that answers has
 * the question's words together, not scattered over its length. With `calls` (where readers called each
 * concept), the words readers used for each sentence count too. `found`: each concept's remembered evidence
 * (`judgePassage` judged the passage), the passage's whole at its slot and its sentences after it.
 */
function windowCoverage(
  concepts: readonly ResolvedConcept[],
  passage: IndexedPassage,
  found: readonly Remembered[],
  calls?: readonly (Called | undefined)[],
): number {
  const { sentences } = passage;
  // Where readers called each concept, by sentence slot: a buffer kept between calls.
  const called = calledBuffer;
  for (let k = 0; k < concepts.length; k++) called[k] = calls?.[k]?.sentences;
  // This sentence's evidence and the one before's (zeros before the first), per concept: two buffers
  // kept between calls and swapped, not an array per sentence (this runs for every sentence of every
  // candidate).
  let here = sentenceEvidence;
  let previous = previousEvidence;
  for (let k = 0; k < concepts.length; k++) previous[k] = 0;
  let best = 0;
  const first = passage.slot + 1;
  for (let s = 0; s < sentences.length; s++) {
    for (let k = 0; k < concepts.length; k++) {
      const e = evidenceAt(found[k] as Remembered, first + s);
      here[k] = e < READERS.credit && called[k]?.[first + s] === 1 ? READERS.credit : e;
    }
    best = Math.max(best, windowWeight(concepts, here, previous));
    const swap = previous;
    previous = here;
    here = swap;
  }
  return best;
}

const calledBuffer: (Uint8Array | undefined)[] = [];
const sentenceEvidence: number[] = [];
const previousEvidence: number[] = [];

/**
 * The weight a sentence covers, alone or with the one before it: whichever is more, which is always the
 * pair (each concept's share of it is at least the sentence's alone, weights are positive, and rounding
 * keeps that order), so only the pair is summed.
 */
function windowWeight(
  concepts: readonly ResolvedConcept[],
  here: readonly number[],
  previous: readonly number[],
): number {
  let pair = 0;
  for (let k = 0; k < concepts.length; k++) {
    pair += (concepts[k] as ResolvedConcept).weight * Math.max(here[k] as number, previous[k] as number);
  }
  return pair;
}

/** Bonus when neighbouring concepts of the question stand next to each other in the passage. */
interface Neighbours {
  /**
   * The last terms of one concept and the first terms of the next (few: plain arrays), and in which
   * passages they were found together (remembered for the two concepts across questions).
   */
  pairs: { ends: readonly string[]; starts: readonly string[]; together: Int8Array }[];
  /** Which concepts (by place) are phrases of several words. */
  phrases: number[];
}

/** Which terms, standing together in a passage, earn a phrase bonus: computed once per question. */
function neighbours(concepts: ResolvedConcept[], memos: readonly Remembered[]): Neighbours {
  const edges = (k: number) => {
    const memo = memos[k] as Remembered;
    const c = concepts[k] as ResolvedConcept;
    memo.edges ??= {
      ends: [...new Set([c.phrase.at(-1), ...c.targets.map((t) => t.at(-1))].filter(isTerm))],
      starts: [...new Set([c.phrase[0], ...c.targets.map((t) => t[0])].filter(isTerm))],
    };
    return memo.edges;
  };
  const pairs: Neighbours['pairs'] = [];
  for (let i = 0; i + 1 < concepts.length; i++) {
    const first = memos[i] as Remembered;
    const next = memos[i + 1] as Remembered;
    let together = first.before.get(next);
    if (!together) {
      together = new Int8Array(first.passages.length).fill(-1);
      first.before.set(next, together);
    }
    pairs.push({ ends: edges(i).ends, starts: edges(i + 1).starts, together });
  }
  const phrases: number[] = [];
  concepts.forEach((c, k) => {
    if (c.phrase.length >= 2) phrases.push(k);
  });
  return { pairs, phrases };
}

/**
 * `found`: each concept's evidence in the passage. A phrase of several words has full evidence (1)
 * exactly where it stands as a phrase (see `evidence`).
 */
function phraseBonus(near: Neighbours, passage: IndexedPassage, found: readonly Remembered[]): number {
  let bonus = 0;
  const at = passage.ordinal;
  for (const pair of near.pairs) {
    let together = pair.together[at] as number;
    if (together === -1) {
      together = adjacent(passage, pair.ends, pair.starts) ? 1 : 0;
      pair.together[at] = together;
    }
    if (together === 1) bonus += BONUS.phrase;
  }
  for (const k of near.phrases)
    if (evidenceAt(found[k] as Remembered, passage.slot) === 1) bonus += BONUS.phrase;
  return bonus;
}

const isTerm = (t: string | undefined): t is string => typeof t === 'string' && t.length > 0;

/**
 * Does a term of `a` stand right before a term of `b` (one stopword between allowed)? Read from the
 * side whose terms stand in fewer places: a common word ("china") may stand a dozen times in a passage.
 */
function adjacent(passage: IndexedPassage, a: readonly string[], b: readonly string[]): boolean {
  const { positions } = passage;
  const before = placesOf(positions, a);
  if (before === 0) return false;
  const after = placesOf(positions, b);
  if (after === 0) return false;
  return after < before ? standsAfter(passage, b, a) : standsBefore(passage, a, b);
}

/** How many places the terms stand in. */
function placesOf(positions: ReadonlyMap<string, readonly number[]>, terms: readonly string[]): number {
  let n = 0;
  for (let t = 0; t < terms.length; t++) n += positions.get(terms[t] as string)?.length ?? 0;
  return n;
}

/** Is the next word after some term of `a` (past at most one stopword) a term of `b`? */
function standsBefore(passage: IndexedPassage, a: readonly string[], b: readonly string[]): boolean {
  const { sequence, positions } = passage;
  const last = sequence.length - 1;
  for (let t = 0; t < a.length; t++) {
    const starts = positions.get(a[t] as string);
    if (!starts) continue;
    for (let s = 0; s < starts.length; s++) {
      const i = starts[s] as number;
      for (let j = i + 1; j <= Math.min(last, i + 2); j++) {
        const here = sequence[j] as readonly string[];
        if (holdsAny(here, b)) return true;
        if (here.length > 0) break;
      }
    }
  }
  return false;
}

/** Is the word before some term of `b` (past at most one stopword) a term of `a`? The same test, read back. */
function standsAfter(passage: IndexedPassage, b: readonly string[], a: readonly string[]): boolean {
  const { sequence, positions } = passage;
  for (let t = 0; t < b.length; t++) {
    const ends = positions.get(b[t] as string);
    if (!ends) continue;
    for (let s = 0; s < ends.length; s++) {
      const j = ends[s] as number;
      for (let i = j - 1; i >= Math.max(0, j - 2); i--) {
        const here = sequence[i] as readonly string[];
        if (holdsAny(here, a)) return true;
        if (here.length > 0) break;
      }
    }
  }
  return false;
}

function holdsAny(slot: readonly string[], terms: readonly string[]): boolean {
  for (let k = 0; k < slot.length; k++) if (terms.includes(slot[k] as string)) return true;
  return false;
}

export type Intent = 'number' | 'date' | 'reason' | Part;

/** What kind of answer the question's wording asks for: "how many …" wants a number, "when …" a date. */
export function questionIntents(question: string): Set<Intent> {
  const intents = new Set<Intent>();
  // "the number of" asks for one only where it leads the question, not in "statistics on the number of …".
  if (
    /\bhow (many|much)\b|^\W*(?:what(?:'s| is| was) )?(?:the )?(?:exact |total )?number of\b|\bwhat (percentage|share|proportion)\b/i.test(
      question,
    )
  )
    intents.add('number');
  if (/\bwhen\b|\bwhat (year|date|month|day)\b|\bwhich (year|month|day)\b/i.test(question))
    intents.add('date');
  if (/\bwhy\b|\bhow come\b|\breasons?\b/i.test(question)) intents.add('reason');
  for (const part of partsNamed(question)) intents.add(part);
  return intents;
}

const NUMBER =
  /\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|percent|majority|half)\b/i;

/** Does the passage state a number at all? "How many …" is not answered by one that does not. */
export function statesNumber(passage: IndexedPassage): boolean {
  return stated(numbersStated, NUMBER, passage);
}
const DATE =
  /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// Whether each passage states a number, a date: read once per passage, not for every question asking.
const numbersStated = new WeakMap<IndexedPassage, boolean>();
const datesStated = new WeakMap<IndexedPassage, boolean>();

function stated(memo: WeakMap<IndexedPassage, boolean>, pattern: RegExp, passage: IndexedPassage): boolean {
  let states = memo.get(passage);
  if (states === undefined) {
    states = pattern.test(passage.paragraph.text);
    memo.set(passage, states);
  }
  return states;
}

function intentBonus(intents: ReadonlySet<Intent>, passage: IndexedPassage): number {
  let bonus = 0;
  if (intents.has('number') && statesNumber(passage)) bonus += BONUS.intent;
  if (intents.has('date') && stated(datesStated, DATE, passage)) bonus += BONUS.intent;
  for (const part of PARTS) {
    if (intents.has(part) && isPart(passage.paragraph.section, part)) bonus += BONUS.part;
  }
  return bonus;
}

/**
 * The stems of the plain forms behind a comparative, superlative or adverb Porter leaves apart:
 * "harsher" → harsh, "closest" → close, "bigger" → big, "easier" → easy, "openly" → open.
 */
export function baseStems(word: string): string[] {
  const w = word.toLowerCase();
  const bases: string[] = [];
  const strip = (suffix: string) =>
    w.length > suffix.length + 2 && w.endsWith(suffix) ? w.slice(0, -suffix.length) : undefined;
  for (const [suffix, add] of [
    ['iest', 'y'],
    ['ier', 'y'],
    ['ily', 'y'],
    ['est', ''],
    ['er', ''],
    ['ly', ''],
  ] as const) {
    const root = strip(suffix);
    if (root === undefined) continue;
    bases.push(root + add);
    if (add === '') {
      bases.push(`${root}e`);
      if (/([b-df-hj-np-tv-z])\1$/.test(root)) bases.push(root.slice(0, -1));
    }
  }
  return [...new Set(bases.map((b) => stem(b)))].filter((b) => b !== stem(w));
}
