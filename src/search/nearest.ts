// The best few of many short documents for a query of distinct terms, each boosted 1: the labelled
// questions nearest a new one (asked.ts), 8,000 documents of a few stems each. `ImpactTable#best` sums
// every term's whole list, and a question's commonest stems ("china", "?who") are in a thousand
// questions each, most of which match nothing else and could never be among the best. Here the common
// terms are only looked up, in a bitset, for the documents the question's other terms find; the rest
// are left unread when even all the common terms together could not lift one of them among the best.
// Scores, their order and their ties are `ImpactTable#best`'s to the bit (it is the fallback).

import { ImpactTable, type Scored, type TermImpacts } from './impacts.js';
import { Memo } from './memo.js';

/**
 * A term in at least this many documents is common: read through its bitset, not summed. (Over the
 * 8,110 labelled questions, 256 sent 12% of questions to the fallback, 512 under 1%, 1,024 none but
 * summed more.)
 */
export const COMMON = 512;

interface TermList {
  docs: Int32Array;
  /** Its score in each of `docs`. */
  scores: Float64Array;
  idf: number;
  /** For a common term: which documents have it, one bit each. */
  bits: Uint32Array | undefined;
  /** The most one document gets from it (its IDF times the largest norm among its documents). */
  most: number;
}

/** A query's terms are one bit each in a document's mask. */
const MAX_TERMS = 31;

export class NearestTable {
  private readonly lists = new Memo<TermList>();
  private readonly fallback: ImpactTable;
  private readonly norms: Float64Array;
  /** Each document's mask of the query's rarer terms it has: zero between queries. */
  private readonly masks: Uint32Array;
  /** Each document's sum of the rarer terms' scores: zero between queries. */
  private readonly sums: Float64Array;
  /** The documents the rarer terms found, in the order found. */
  private readonly hit: Int32Array;

  constructor(
    private readonly impacts: TermImpacts,
    private readonly size: number,
    private readonly commonFrom = COMMON,
  ) {
    this.fallback = new ImpactTable(impacts.impacts, size);
    this.norms = impacts.norms;
    this.masks = new Uint32Array(size);
    this.sums = new Float64Array(size);
    this.hit = new Int32Array(size);
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
    const lists = terms.map((term) => this.lists.get(term, this.listOf));
    let common = 0;
    // What the common terms could add to a document: their IDFs (times its norm) and their number; and
    // to one they alone match, at most.
    let commonIdf = 0;
    let commonCount = 0;
    let commonMost = 0;
    let rare = false;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as TermList;
      if (list.bits) {
        common |= 1 << i;
        commonIdf += list.idf;
        commonCount++;
        commonMost += list.most;
      } else if (list.docs.length > 0) rare = true;
    }
    if (terms.length > MAX_TERMS || k <= 0 || keptK <= 0 || (common !== 0 && !rare))
      return this.viaFallback(terms, k, keep, keptK);
    const { masks, sums, hit, norms } = this;
    let hits = 0;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as TermList;
      if (list.bits) continue;
      const bit = 1 << i;
      const { docs, scores } = list;
      for (let j = 0; j < docs.length; j++) {
        const at = docs[j] as number;
        const mask = masks[at] as number;
        hit[hits] = at;
        hits += (mask - 1) >>> 31;
        masks[at] = mask | bit;
        sums[at] = (sums[at] as number) + (scores[j] as number);
      }
    }
    const all: Scored[] = [];
    const kept: Scored[] = [];
    const allOrder: number[] = [];
    const keptOrder: number[] = [];
    // The last of each list, once it is full, and its order: a document must come before it to get in
    // (scores are positive, so any does while a list is not full).
    let allBar = -1;
    let allBarOrder = 0;
    let keptBar = -1;
    let keptBarOrder = 0;
    for (let h = 0; h < hits; h++) {
      const at = hit[h] as number;
      let mask = masks[at] as number;
      const partial = sums[at] as number;
      masks[at] = 0;
      sums[at] = 0;
      const norm = norms[at] as number;
      let score: number;
      let matched: number;
      if (common === 0) {
        // The rarer terms are all the terms, summed in the query's order: the score itself.
        matched = bitCount(mask);
        score = partial * matched;
      } else {
        // Skipped when even every common term could not lift it past the last of both lists.
        const most = (partial + norm * commonIdf) * (bitCount(mask) + commonCount) * (1 + 1e-9);
        if (most < allBar && most < keptBar) continue;
        for (let c = common; c !== 0; c &= c - 1) {
          const i = 31 - Math.clz32(c & -c);
          const bits = (lists[i] as TermList).bits as Uint32Array;
          if (((bits[at >>> 5] as number) >>> (at & 31)) & 1) mask |= 1 << i;
        }
        // Summed in the query's order, as the fallback sums: the same additions give the same bits.
        let sum = 0;
        matched = 0;
        for (let m = mask; m !== 0; m &= m - 1) {
          sum += (lists[31 - Math.clz32(m & -m)] as TermList).idf * norm;
          matched++;
        }
        score = sum * matched;
      }
      // Ties go to the document matched first: by its first term, then by its place.
      const order = (31 - Math.clz32(mask & -mask)) * this.size + at;
      const inAll = score > allBar || (score === allBar && order < allBarOrder);
      const inKept = (score > keptBar || (score === keptBar && order < keptBarOrder)) && keep(at);
      if (!inAll && !inKept) continue;
      const scored = { at, score, matched };
      if (inAll && insert(all, allOrder, scored, order, k)) {
        allBar = (all[k - 1] as Scored).score;
        allBarOrder = allOrder[k - 1] as number;
      }
      if (inKept && insert(kept, keptOrder, scored, order, keptK)) {
        keptBar = (kept[keptK - 1] as Scored).score;
        keptBarOrder = keptOrder[keptK - 1] as number;
      }
    }
    // A document only common terms match scores at most this: if the last of each list scores more,
    // none of them is among the best.
    const bound = commonCount * commonMost * (1 + 1e-9);
    const settled =
      common === 0 ||
      (all.length === k &&
        (all[k - 1] as Scored).score > bound &&
        kept.length === keptK &&
        (kept[keptK - 1] as Scored).score > bound);
    return settled ? { all, kept } : this.viaFallback(terms, k, keep, keptK);
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
    if (docs.length < this.commonFrom) return { docs, scores, idf, bits: undefined, most: 0 };
    const bits = new Uint32Array((this.size + 31) >>> 5);
    let norm = 0;
    for (let j = 0; j < docs.length; j++) {
      const at = docs[j] as number;
      bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
      norm = Math.max(norm, this.norms[at] as number);
    }
    return { docs, scores, idf, bits, most: idf * norm };
  };
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
