// minisearch's BM25 for OR queries, from memoised per-term results. Searching minisearch for a whole
// question builds and sorts a result object for every document any of its terms matches; summing each
// term's remembered scores into an array gives the same scores for a fraction of the cost.

import { Memo } from './memo.js';

/**
 * Which documents contain a term (by place) and minisearch's score for each. Typed arrays: summing a
 * common term's list for every question reads them in a plain loop, unboxed.
 */
export interface Impacts {
  docs: Int32Array;
  scores: Float64Array;
}

/** A document's place, its score, and how many of the query's terms it contains. */
export interface Scored {
  at: number;
  score: number;
  matched: number;
}

export class ImpactTable {
  private readonly memo = new Memo<Impacts>();

  /** `lookUp`: minisearch's results for one term, as places and scores; `size`: how many documents. */
  constructor(
    private readonly lookUp: (term: string) => Impacts,
    size: number,
  ) {
    this.sums = new Float64Array(size);
    this.matched = new Uint16Array(size);
    // One spare place: every document is listed before it is counted as matched.
    this.hit = new Int32Array(size + 1);
  }

  /** The documents containing the term and their scores, looked up on the term's first use. */
  impacts(term: string): Impacts {
    return this.memo.get(term, this.lookUp);
  }

  /**
   * minisearch's score for an OR query of distinct terms with per-term boosts: the boosted sum of each
   * term's score, times the number of the query's terms the document matches (minisearch's "quality").
   * Unordered; only documents matching a term.
   */
  scores(boosts: ReadonlyMap<string, number>): Scored[] {
    const { hit } = this;
    const hits = this.sum(boosts);
    const scored: Scored[] = [];
    for (let h = 0; h < hits; h++) {
      const at = hit[h] as number;
      scored.push({ at, score: this.scoreAt(at), matched: this.matched[at] as number });
    }
    this.clear(hits);
    return scored;
  }

  /**
   * The `k` best-scored documents of `scores`, best first (ties: the first matched first); and, from one
   * summing, the `keptK` best of those `keep` keeps.
   */
  best(
    boosts: ReadonlyMap<string, number>,
    k: number,
    keep: (at: number) => boolean = () => true,
    keptK = k,
  ): { all: Scored[]; kept: Scored[] } {
    const { hit } = this;
    const hits = this.sum(boosts);
    const all: Scored[] = [];
    const kept: Scored[] = [];
    // The k-th best score so far, once there are k: a document must beat it to get in (every document
    // of the many a question's common words match is judged, so this loop stays plain).
    let allBar = 0;
    let keptBar = 0;
    const { sums, matched } = this;
    for (let h = 0; h < hits; h++) {
      const at = hit[h] as number;
      const n = matched[at] as number;
      const score = (sums[at] as number) * n;
      // Cleared as read: one pass over the matches instead of two.
      sums[at] = 0;
      matched[at] = 0;
      const inAll = all.length < k || score > allBar;
      const inKept = keptK > 0 && (kept.length < keptK || score > keptBar) && keep(at);
      if (!inAll && !inKept) continue;
      const scored = { at, score, matched: n };
      if (inAll) allBar = insertBest(all, scored, k);
      if (inKept) keptBar = insertBest(kept, scored, keptK);
    }
    return { all, kept };
  }

  // Sums are kept between queries (cleared where used) so a question allocates no table of its own;
  // `hit` lists the documents matched, in the order first matched (its first `sum()` places).
  private readonly sums: Float64Array;
  private readonly matched: Uint16Array;
  private readonly hit: Int32Array;

  /** Adds each term's boosted scores into `sums`; returns how many documents were matched. */
  private sum(boosts: ReadonlyMap<string, number>): number {
    const { sums, matched, hit } = this;
    let hits = 0;
    for (const [term, boost] of boosts) {
      const { docs, scores } = this.impacts(term);
      for (let k = 0; k < docs.length; k++) {
        const at = docs[k] as number;
        const n = matched[at] as number;
        // Listed if first matched, without a branch: whether a document was matched before is as likely
        // as not, and a mispredicted branch cost more than the store.
        hit[hits] = at;
        hits += (n - 1) >>> 31;
        sums[at] = (sums[at] as number) + boost * (scores[k] as number);
        matched[at] = n + 1;
      }
    }
    return hits;
  }

  private scoreAt(at: number): number {
    return (this.sums[at] as number) * (this.matched[at] as number);
  }

  private clear(hits: number): void {
    for (let h = 0; h < hits; h++) {
      const at = this.hit[h] as number;
      this.sums[at] = 0;
      this.matched[at] = 0;
    }
  }
}

/** Puts `scored` in its place in `best` (best first, at most `k`); returns the `k`-th best score (0 if fewer). */
function insertBest(best: Scored[], scored: Scored, k: number): number {
  // Shifted in place: `splice` allocates the (empty) array of what it removes, once for every insert.
  let place = best.length < k ? best.length : k - 1;
  while (place > 0 && (best[place - 1] as Scored).score < scored.score) {
    best[place] = best[place - 1] as Scored;
    place--;
  }
  best[place] = scored;
  return best.length < k ? 0 : (best[k - 1] as Scored).score;
}

/** minisearch's default BM25+ parameters (`k`, `b`, `d`), which `termImpacts` reproduces. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * What minisearch's search for one term returns over single-field documents whose terms are given
 * (each once), without building a minisearch index: its BM25+ score with its default parameters, field
 * length counted in distinct terms, as minisearch counts it. Building an index for thousands of short
 * documents cost more than everything else at startup; a test holds the scores equal to minisearch's.
 */
export function termImpacts(documents: readonly (readonly string[])[]): TermImpacts {
  const postings = new Map<string, number[]>();
  const lengths = documents.map((terms, at) => {
    const distinct = new Set(terms);
    for (const term of distinct) {
      const list = postings.get(term);
      if (list) list.push(at);
      else postings.set(term, [at]);
    }
    return distinct.size;
  });
  const average = lengths.reduce((sum, n) => sum + n, 0) / (lengths.length || 1);
  const { k, b, d } = BM25;
  const norms = Float64Array.from(
    lengths,
    (length) => d + (k + 1) / (1 + k * (1 - b + (b * length) / average)),
  );
  const postingOf = (term: string): Posting => {
    const docs = postings.get(term) ?? [];
    const idf = Math.log(1 + (documents.length - docs.length + 0.5) / (docs.length + 0.5));
    return { docs: Int32Array.from(docs), idf };
  };
  const impacts = (term: string): Impacts => {
    const { docs, idf } = postingOf(term);
    return { docs, scores: Float64Array.from(docs, (at) => idf * (norms[at] as number)) };
  };
  return { impacts, lengths, postingOf, norms };
}

/** A term's documents (by place, in order) and its inverse document frequency. */
export interface Posting {
  docs: Int32Array;
  idf: number;
}

export interface TermImpacts {
  impacts: (term: string) => Impacts;
  /** Each document's length: how many distinct terms it has. */
  lengths: readonly number[];
  /** The documents a term is in and its IDF: its score in a document is `idf * norms[document]`. */
  postingOf: (term: string) => Posting;
  /** BM25+'s length normalisation of each document (its term frequency part, every term being there once). */
  norms: Float64Array;
}
