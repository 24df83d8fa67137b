// A stretch of a passage's word sequence as evidence reads it: which terms it has and which phrases stand
// in it. Whole passages and the sentence windows an excerpt is chosen from are both spans of one sequence
// with one position table, so judging a window allocates nothing.

/** What evidence for a concept is read from. */
export interface EvidenceView {
  has(term: string): boolean;
  /** Do the phrase's terms stand together, in order (one stopword between them allowed)? */
  hasPhrase(phrase: readonly string[]): boolean;
  /** Is the term in the passage's section title (weak evidence)? */
  inTitle?(term: string): boolean;
}

/** Where each term stands in a word sequence (a word may carry several terms: its stem, compound parts). */
export function positionsOf(sequence: readonly (readonly string[])[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  sequence.forEach((terms, k) => {
    for (const term of terms) {
      const list = positions.get(term);
      if (list) list.push(k);
      else positions.set(term, [k]);
    }
  });
  return positions;
}

/**
 * Does `phrase` stand in `sequence[from, to)`, allowing one stopword (an empty slot) between its words?
 * With `positions`, only the places where the first word stands are tried.
 */
export function hasPhrase(
  sequence: readonly (readonly string[])[],
  phrase: readonly string[],
  positions?: ReadonlyMap<string, readonly number[]>,
  from = 0,
  to = sequence.length,
): boolean {
  const first = phrase[0];
  if (first === undefined) return false;
  const starts = positions ? positions.get(first) : undefined;
  if (positions && !starts) return false;
  const last = Math.min(sequence.length, to) - 1;
  const count = starts ? starts.length : sequence.length;
  for (let s = 0; s < count; s++) {
    const i = starts ? (starts[s] as number) : s;
    if (i < from || i > last || !(sequence[i] ?? []).includes(first)) continue;
    let at = i;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) {
      ok = false;
      for (let j = at + 1; j <= Math.min(last, at + 2); j++) {
        const here = sequence[j] ?? [];
        if (here.includes(phrase[k] as string)) {
          at = j;
          ok = true;
          break;
        }
        if (here.length > 0) break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** The terms standing in `sequence[from, to)`. */
export function termsIn(sequence: readonly (readonly string[])[], from: number, to: number): Set<string> {
  const terms = new Set<string>();
  for (let k = from; k < to; k++) for (const term of sequence[k] ?? []) terms.add(term);
  return terms;
}

/**
 * Terms and phrases of `sequence[from, to)`; `terms`, when given, answers `has` (the whole passage's
 * terms, or the span's own, for spans judged often).
 */
export class TermSpan implements EvidenceView {
  constructor(
    private readonly sequence: readonly (readonly string[])[],
    private readonly positions: ReadonlyMap<string, readonly number[]>,
    readonly from = 0,
    readonly to = sequence.length,
    private readonly terms?: ReadonlySet<string>,
    private readonly titleTerms?: ReadonlySet<string>,
  ) {}

  has(term: string): boolean {
    if (this.terms) return this.terms.has(term);
    const list = this.positions.get(term);
    if (!list) return false;
    for (let i = 0; i < list.length; i++) {
      const k = list[i] as number;
      if (k >= this.from && k < this.to) return true;
    }
    return false;
  }

  hasPhrase(phrase: readonly string[]): boolean {
    return hasPhrase(this.sequence, phrase, this.positions, this.from, this.to);
  }

  /**
   * A span that is judged again and again (a sentence, for every question ranking or excerpting its
   * passage): its terms are gathered once, so `has` is a set lookup instead of a scan of the term's places.
   */
  static judgedOften(
    sequence: readonly (readonly string[])[],
    positions: ReadonlyMap<string, readonly number[]>,
    from: number,
    to: number,
  ): TermSpan {
    return new TermSpan(sequence, positions, from, to, termsIn(sequence, from, to));
  }

  inTitle(term: string): boolean {
    return this.titleTerms?.has(term) === true;
  }
}
