// How strongly a stretch of the article evidences a concept, and the same remembered per concept and
// passage. The same concepts recur question after question ("cyber sovereignty", "the PLA") and are judged
// in the same passages each time: a concept's evidence in a passage, in each of its sentences and beside
// the next concept of a question is worked out once and then read back.

import type { IndexedPassage } from './index.js';
import { RANKING } from './options.js';
import type { EvidenceView } from './span.js';

const { credit: CREDIT } = RANKING;

/** What counts as evidence for a concept (see `ResolvedConcept` in rank.ts). */
export interface Alternatives {
  phrase: readonly string[];
  parts: readonly string[];
  targets: readonly (readonly string[])[];
  synonyms: readonly string[];
}

/**
 * Was a memo kept under a concept's phrase array made for this very resolution of it? Resolutions are
 * memoised, so a concept resolved again shares the arrays; one resolved otherwise (another glossary or
 * index) does not, and must not read the memo.
 */
export function sameResolution(memo: Omit<Alternatives, 'phrase'>, c: Alternatives): boolean {
  return memo.targets === c.targets && memo.synonyms === c.synonyms && memo.parts === c.parts;
}

/** How strongly a passage evidences a concept: 1 for the question's own words, less for the rest. */
export function evidence(c: Alternatives, view: EvidenceView): number {
  // Plain loops, no closures: this runs for every candidate, concept and excerpt window.
  const { phrase, targets, parts } = c;
  if (phrase.length === 1 && view.has(phrase[0] as string)) return 1;
  let best = 0;
  if (phrase.length > 1) {
    if (view.hasPhrase(phrase)) return 1;
    let present = 0;
    for (let i = 0; i < phrase.length; i++) if (view.has(phrase[i] as string)) present++;
    best = (present / phrase.length) * CREDIT.scattered;
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as string[];
    if (target.length === 1 ? view.has(target[0] as string) : view.hasPhrase(target)) {
      best = Math.max(best, CREDIT.target);
      break;
    }
  }
  if (best > 0) return best;
  const { synonyms } = c;
  for (let i = 0; i < synonyms.length; i++) if (view.has(synonyms[i] as string)) return CREDIT.synonym;
  for (let i = 0; i < parts.length; i++) if (view.has(parts[i] as string)) return CREDIT.part;
  if (phrase.length > 0 && view.inTitle) {
    if (allInTitle(view, phrase)) return CREDIT.section;
    for (let i = 0; i < targets.length; i++) {
      if (allInTitle(view, targets[i] as string[])) return CREDIT.section;
    }
  }
  return 0;
}

function allInTitle(view: EvidenceView, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (view.inTitle?.(terms[i] as string) !== true) return false;
  return true;
}

/**
 * What is remembered of one concept in one index's passages, keyed by its alternatives: the very arrays
 * a resolution holds (resolutions are memoised, so questions sharing a concept share them). Keyed by the
 * phrase array and checked against the other three and the passages, so a concept rebuilt with other
 * alternatives ("own words only") never reads another's values.
 */
export interface Remembered {
  readonly targets: Alternatives['targets'];
  readonly synonyms: Alternatives['synonyms'];
  readonly passages: readonly IndexedPassage[];
  readonly parts: Alternatives['parts'];
  /**
   * From each passage's `slot`, once judged: `evidence` in the whole passage, then in each of its sentences
   * (zero where the whole has none), each as its place in `values` (0 before judged). One flat array per
   * concept: ranking reads a candidate's whole and sentences together, and a question's many candidates
   * from one block of memory. A concept has few distinct values, so two bytes a cell instead of eight: a
   * question's concepts were last read questions ago, and ranking waited on each candidate's cells.
   */
  readonly codes: Uint16Array;
  /** The distinct evidence values judged, by code; NaN at 0 (not judged). */
  readonly values: number[];
  /**
   * For each concept that followed this one in a question: whether the two stand together in each
   * passage (1, 0; -1 where not judged yet).
   */
  readonly before: WeakMap<Remembered, Int8Array>;
  /** The concept's last terms and first terms (of its phrase and targets), for adjacency; once needed. */
  edges?: { ends: readonly string[]; starts: readonly string[] };
}

const remembered = new WeakMap<readonly string[], Remembered>();

/** What is remembered of a concept in these passages (`slots` of them: nothing yet, the first time). */
export function rememberedOf(
  c: Alternatives,
  passages: readonly IndexedPassage[],
  slots: number,
): Remembered {
  let memo = remembered.get(c.phrase);
  if (!memo || !sameResolution(memo, c) || memo.passages !== passages) {
    memo = {
      targets: c.targets,
      synonyms: c.synonyms,
      parts: c.parts,
      passages,
      codes: new Uint16Array(slots),
      values: [Number.NaN],
      before: new WeakMap(),
    };
    remembered.set(c.phrase, memo);
  }
  return memo;
}

/**
 * The concept's evidence in the whole passage. Its evidence in the passage, whole (at its `slot`) and by
 * sentence (after it) is then `evidenceAt` those cells: `evidence` on its span and on each sentence's,
 * judged on first use. A sentence has no evidence the whole passage lacks: those stay zero.
 */
export function judgePassage(c: Alternatives, memo: Remembered, passage: IndexedPassage): number {
  const { codes } = memo;
  const at = passage.slot;
  if (codes[at] === 0) {
    const { sentences } = passage;
    const whole = evidence(c, passage.span);
    codes[at] = codeOf(memo, whole);
    for (let s = 0; s < sentences.length; s++)
      codes[at + 1 + s] = codeOf(memo, whole > 0 ? evidence(c, sentences[s] as EvidenceView) : 0);
    return whole;
  }
  return memo.values[codes[at] as number] as number;
}

/** The remembered evidence at a cell (`judgePassage` first): NaN before judged. */
export function evidenceAt(memo: Remembered, cell: number): number {
  return memo.values[memo.codes[cell] as number] as number;
}

function codeOf(memo: Remembered, value: number): number {
  const { values } = memo;
  let code = values.indexOf(value);
  if (code < 0) {
    code = values.length;
    values.push(value);
  }
  return code;
}
