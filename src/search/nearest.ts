// The best few of many short documents for a query of distinct terms, each boosted 1: the labelled
// questions nearest a new one (asked.ts), 26,000 documents of a few stems each. `ImpactTable#best` sums
// every term's whole list, and a question's commonest stems ("china", "?who") are in thousands of
// questions each, most of which match nothing else and could never be among the best. Here the common
// terms are only looked up, in a bitset, for the documents the question's other terms find; the rest
// are left unread when even all the common terms together could not lift one of them among the best.
// When they could (the other terms find too few documents, or none: "mandiant report"), the common
// terms are read in full one at a time, the rarest first, until the ones left could not: each document
// is judged once, by the first term read that matches it. Scores, their order and their ties are
// `ImpactTable#best`'s to the bit (it is the fallback for queries of more than 31 terms).

import { ImpactTable, type Scored, type TermImpacts } from './impacts.js';
import { Memo } from './memo.js';

/**
 * A term in at least this many documents is common: read through its bitset, not summed. (Over the
 * 25,787 labelled questions and the tuning and blind test questions' searches: 29 µs a search at 128
 * and 256, 33 µs at 512, 38 µs at 1,024; 135 terms have a bitset at 256, 321 at 128.)
 */
export const COMMON = 256;

interface TermList {
  docs: Int32Array;
  /** Its score in each of `docs`. */
  scores: Float64Array;
  idf: number;
  /** For a common term: which documents have it, one bit each. */
  bits: Uint32Array | undefined;
  /**
   * For a common term: its documents, the greatest norm (the fewest terms) first, and their norms. Read
   * in full, it is read only while a document could still score among the best.
   */
  byNorm: Int32Array;
  normsDown: Float64Array;
  /** The most one document gets from it (its IDF times the largest norm among its documents). */
  most: number;
}

/** A rarer term's `byNorm` and `normsDown`: it is only ever summed. */
const NOT_COMMON = { byNorm: new Int32Array(0), normsDown: new Float64Array(0) };

/** A query's terms are one bit each in a document's mask. */
const MAX_TERMS = 31;

// Each document's cells, side by side: what a question sums into it and reads back for each document it
// matched (the rarer terms' scores, its norm, its mask of the rarer terms), read from one cache line,
// not one line in each of three arrays (the rest of a question's work evicts them between questions).
const SUM = 0;
const NORM = 1;
const MASK = 2;
/** Four cells, not three: a document's cells never straddle two cache lines. */
const CELL = 4;

/** A document scores at most this much more than the sum meant to bound it (rounding). */
const SLACK = 1 + 1e-9;

export class NearestTable {
  private readonly lists = new Memo<TermList>();
  private readonly fallback: ImpactTable;
  private readonly norms: Float64Array;
  /** `CELL` cells a document: sum and mask zero between queries, and its norm. */
  private readonly cells: Float64Array;
  /** The documents the rarer terms found, in the order found. */
  private readonly hit: Int32Array;
  /**
   * The documents a query has judged, one bit each: each is judged once, by the first term read that
   * matches it. A bitset, not a cell beside the sums: reading a common term in full looks up thousands of
   * documents, and a few kilobytes stay in cache where the cells do not.
   */
  private readonly seen: Uint32Array;

  constructor(
    private readonly impacts: TermImpacts,
    private readonly size: number,
    private readonly commonFrom = COMMON,
  ) {
    this.fallback = new ImpactTable(impacts.impacts, size);
    this.norms = impacts.norms;
    this.cells = new Float64Array(CELL * size);
    for (let at = 0; at < size; at++) this.cells[at * CELL + NORM] = this.norms[at] as number;
    this.hit = new Int32Array(size);
    this.seen = new Uint32Array((size + 31) >>> 5);
  }

  /**
   * What `ImpactTable#best` gives for these terms (distinct, each boosted 1): the `k` best documents,
   * and the `keptK` best of those `keep` keeps, best first, ties in the order the terms first match them.
   */
  best(
    terms: readonly string[],
    k: number,
    keep: (at: number) => boolean,
    keptK: number,
  ): { all: Scored[]; kept: Scored[] } {
    if (terms.length > MAX_TERMS || k <= 0 || keptK <= 0) return this.viaFallback(terms, k, keep, keptK);
    const lists = terms.map((term) => this.lists.get(term, this.listOf));
    let common = 0;
    for (let i = 0; i < lists.length; i++) if ((lists[i] as TermList).bits) common |= 1 << i;
    const all = new Leaders(k);
    const kept = new Leaders(keptK);
    if (common !== 0) this.seen.fill(0);
    this.readRare(lists, common, all, kept, keep);
    // Until no document only the unread common terms match could be among the best, the rarest of them
    // is read in full (the fewest documents, and the most it takes off the bound).
    while (common !== 0 && !settledBy(lists, common, all, kept)) {
      const i = rarest(lists, common);
      common &= ~(1 << i);
      this.readCommon(lists, i, common, all, kept, keep);
    }
    return { all: all.scored, kept: kept.scored };
  }

  /**
   * Sums the rarer terms' scores into the documents they match, then judges each of those documents,
   * looking the common terms up only for one that could be among the best; marks each one seen.
   */
  private readRare(
    lists: readonly TermList[],
    common: number,
    all: Leaders,
    kept: Leaders,
    keep: (at: number) => boolean,
  ): void {
    // What the common terms could add to a document: their IDFs (times its norm) and their number.
    const commonIdf = sumOf(lists, common, 'idf');
    const commonCount = bitCount(common);
    const { cells, hit } = this;
    let hits = 0;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as TermList;
      if (list.bits) continue;
      const bit = 1 << i;
      const { docs, scores } = list;
      for (let j = 0; j < docs.length; j++) {
        const at = docs[j] as number;
        const cell = at * CELL;
        const mask = cells[cell + MASK] as number;
        hit[hits] = at;
        hits += (mask - 1) >>> 31;
        cells[cell + MASK] = mask | bit;
        cells[cell + SUM] = (cells[cell + SUM] as number) + (scores[j] as number);
      }
    }
    for (let h = 0; h < hits; h++) {
      const at = hit[h] as number;
      const cell = at * CELL;
      let mask = cells[cell + MASK] as number;
      const partial = cells[cell + SUM] as number;
      // Cleared as read: one pass over the matches instead of two.
      cells[cell + MASK] = 0;
      cells[cell + SUM] = 0;
      const norm = cells[cell + NORM] as number;
      let score: number;
      let matched: number;
      if (common === 0) {
        // The rarer terms are all the terms, summed in the query's order: the score itself.
        matched = bitCount(mask);
        score = partial * matched;
      } else {
        this.seen[at >>> 5] = (this.seen[at >>> 5] as number) | (1 << (at & 31));
        // Skipped when even every common term could not lift it past the last of both lists.
        const most = (partial + norm * commonIdf) * (bitCount(mask) + commonCount) * SLACK;
        if (most < all.bar && most < kept.bar) continue;
        mask |= commonMask(lists, common, at);
        matched = bitCount(mask);
        score = scoreOf(lists, mask, norm) * matched;
      }
      // Ties go to the document matched first: by its first term, then by its place.
      offer(all, kept, keep, at, score, matched, (31 - Math.clz32(mask & -mask)) * this.size + at);
    }
  }

  /**
   * Judges the documents of common term `i` no term read before matched (not seen), looking up the
   * common terms still unread (`unread`) for one that could be among the best; marks each one seen.
   */
  private readCommon(
    lists: readonly TermList[],
    i: number,
    unread: number,
    all: Leaders,
    kept: Leaders,
    keep: (at: number) => boolean,
  ): void {
    const { byNorm, normsDown, idf } = lists[i] as TermList;
    // What this term and the unread ones could give a document: their IDFs (times its norm), their number.
    const most = sumOf(lists, unread, 'idf', idf);
    const count = 1 + bitCount(unread);
    const { seen } = this;
    for (let j = 0; j < byNorm.length; j++) {
      const norm = normsDown[j] as number;
      // Neither this document nor any after it (their norms are no greater) could be among the best. (One
      // left unjudged need not be marked: a term read later bounds it lower still.)
      const bound = norm * most * count * SLACK;
      if (bound < all.bar && bound < kept.bar) break;
      const at = byNorm[j] as number;
      const word = seen[at >>> 5] as number;
      const bit = 1 << (at & 31);
      if ((word & bit) !== 0) continue;
      seen[at >>> 5] = word | bit;
      const mask = (1 << i) | commonMask(lists, unread, at);
      const matched = bitCount(mask);
      const score = scoreOf(lists, mask, norm) * matched;
      offer(all, kept, keep, at, score, matched, (31 - Math.clz32(mask & -mask)) * this.size + at);
    }
  }

  private viaFallback(
    terms: readonly string[],
    k: number,
    keep: (at: number) => boolean,
    keptK: number,
  ): { all: Scored[]; kept: Scored[] } {
    return this.fallback.best(new Map(terms.map((t) => [t, 1])), k, keep, keptK);
  }

  private readonly listOf = (term: string): TermList => {
    const { docs, idf } = this.impacts.postingOf(term);
    const scores = Float64Array.from(docs, (at) => idf * (this.norms[at] as number));
    if (docs.length < this.commonFrom)
      return {
        docs,
        scores,
        idf,
        bits: undefined,
        byNorm: NOT_COMMON.byNorm,
        normsDown: NOT_COMMON.normsDown,
        most: 0,
      };
    const bits = new Uint32Array((this.size + 31) >>> 5);
    for (let j = 0; j < docs.length; j++) {
      const at = docs[j] as number;
      bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
    }
    const byNorm = docs.slice().sort((a, b) => (this.norms[b] as number) - (this.norms[a] as number));
    const normsDown = Float64Array.from(byNorm, (at) => this.norms[at] as number);
    return { docs, scores, idf, bits, byNorm, normsDown, most: idf * (normsDown[0] as number) };
  };
}

/**
 * Whether every document the unread common terms (`unread`) alone match would score less than the last of
 * both lists, so none of them is among the best.
 */
function settledBy(lists: readonly TermList[], unread: number, all: Leaders, kept: Leaders): boolean {
  if (all.scored.length < all.k || kept.scored.length < kept.k) return false;
  const bound = bitCount(unread) * sumOf(lists, unread, 'most') * SLACK;
  return all.bar > bound && kept.bar > bound;
}

/** `from` plus the terms' (of `mask`) IDFs or most, added in the query's order. */
function sumOf(lists: readonly TermList[], mask: number, of: 'idf' | 'most', from = 0): number {
  let sum = from;
  for (let m = mask; m !== 0; m &= m - 1) sum += (lists[31 - Math.clz32(m & -m)] as TermList)[of];
  return sum;
}

/** The query place of the common term (of `unread`) in the fewest documents; the first of equals. */
function rarest(lists: readonly TermList[], unread: number): number {
  let best = -1;
  let fewest = Number.POSITIVE_INFINITY;
  for (let c = unread; c !== 0; c &= c - 1) {
    const i = 31 - Math.clz32(c & -c);
    const size = (lists[i] as TermList).docs.length;
    if (size < fewest) {
      best = i;
      fewest = size;
    }
  }
  return best;
}

/** The common terms (`common`, their bits in the query) a document has, as bits in the query. */
function commonMask(lists: readonly TermList[], common: number, at: number): number {
  let mask = 0;
  for (let c = common; c !== 0; c &= c - 1) {
    const i = 31 - Math.clz32(c & -c);
    const bits = (lists[i] as TermList).bits as Uint32Array;
    if (((bits[at >>> 5] as number) >>> (at & 31)) & 1) mask |= 1 << i;
  }
  return mask;
}

/** A document's sum over the terms in its mask, in the query's order, as the fallback sums: the same bits. */
function scoreOf(lists: readonly TermList[], mask: number, norm: number): number {
  let sum = 0;
  for (let m = mask; m !== 0; m &= m - 1) sum += (lists[31 - Math.clz32(m & -m)] as TermList).idf * norm;
  return sum;
}

/** The best documents so far, at most `k`, and the last one's score and order once there are `k`. */
class Leaders {
  readonly scored: Scored[] = [];
  readonly orders: number[] = [];
  /** Scores are positive, so any document gets in while the list is not full. */
  bar = -1;
  barOrder = 0;

  constructor(readonly k: number) {}

  /** Would a document of this score get in? Ties go to the document matched first. */
  admits(score: number, order: number): boolean {
    return score > this.bar || (score === this.bar && order < this.barOrder);
  }

  add(scored: Scored, order: number): void {
    const { k } = this;
    if (insert(this.scored, this.orders, scored, order, k)) {
      this.bar = (this.scored[k - 1] as Scored).score;
      this.barOrder = this.orders[k - 1] as number;
    }
  }
}

/**
 * Offers a document to both lists (to `kept` only if `keep` keeps it). `order`: by the first of the
 * query's terms it has, then its place.
 */
function offer(
  all: Leaders,
  kept: Leaders,
  keep: (at: number) => boolean,
  at: number,
  score: number,
  matched: number,
  order: number,
): void {
  const inAll = all.admits(score, order);
  const inKept = kept.admits(score, order) && keep(at);
  if (!inAll && !inKept) return;
  const scored = { at, score, matched };
  if (inAll) all.add(scored, order);
  if (inKept) kept.add(scored, order);
}

/**
 * Puts `scored` in its place in a best list (at most `k` long) and its order beside it; returns whether
 * the list is full.
 */
function insert(best: Scored[], orders: number[], scored: Scored, order: number, k: number): boolean {
  let place = best.length < k ? best.length : k - 1;
  while (place > 0) {
    const other = (best[place - 1] as Scored).score;
    if (other > scored.score || (other === scored.score && (orders[place - 1] as number) < order)) break;
    best[place] = best[place - 1] as Scored;
    orders[place] = orders[place - 1] as number;
    place--;
  }
  best[place] = scored;
  orders[place] = order;
  return best.length === k;
}

/** How many bits are set. */
function bitCount(mask: number): number {
  let x = mask - ((mask >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
