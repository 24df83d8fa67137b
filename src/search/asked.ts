// Asked before: the labelled questions nearest a new one vote for the passages that answered them.
// Readers' words (readers.ts) teach a passage single words; this keeps each labelled question's words
// together, so a question is matched by the combination of its words as well as by each one: "does the
// us hold beijing responsible" is near "who does washington blame for the attacks", whose answer is ¶5.
// The votes reorder the passages ranking found relevant. Out-of-scope labelled questions are kept too,
// with no passages, and decide whether to answer where ranking cannot tell: a question whose nearest
// neighbours nearly all went unanswered is refused, and one ranking would refuse is answered when the
// nearest were answered and none went unanswered (answer.ts). What a question asks for ("who", "when")
// counts as a word, since it is what separates "who founded X" from "when was X founded".
//
// Learned by `npm run learn` from the tuning and regression sets (never the blind test set) into
// corpus/readers-words.json with the readers' words.

import { termImpacts } from './impacts.js';
import { NearestTable } from './nearest.js';
import { RANKING } from './options.js';
import { type Concept, HAN } from './query.js';

/** A labelled question as the stems ranking reads in it, and the passages its gold marks. */
export interface AskedQuestion {
  /** The question's stems, space-separated. */
  words: string;
  /** None for an out-of-scope question. */
  passages: readonly string[];
  /** Passage → the sentences (by place in the paragraph) its gold snippets stand in. */
  sentences?: Readonly<Record<string, readonly number[]>>;
}

/** What the labelled questions nearest a new one say about it. */
export interface Neighbours {
  /** Each passage's vote, the strongest at most 1 (see `AskedBefore#near`). */
  votes: ReadonlyMap<string, number>;
  /** Passage → sentence → the share of its vote from questions whose gold stands in that sentence. */
  sentenceVotes: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** The share, 0–1, of the nearest questions' weight that went unanswered (out of scope). */
  unanswered: number;
  /**
   * How alike the new question and the most alike of the nearest answered neighbours (those that vote)
   * are, 0–1: the share of the neighbour's stems the question has, times the share of the question's
   * stems the neighbour has.
   */
  alike: number;
  /** The same for the most alike unanswered neighbour. */
  alikeUnanswered: number;
}

const NO_NEIGHBOURS: Neighbours = {
  votes: new Map(),
  sentenceVotes: new Map(),
  unanswered: 0,
  alike: 0,
  alikeUnanswered: 0,
};

/**
 * What kind of answer a question asks for, as words its stems lack ("who", "when"…): "who founded the
 * Center" and "when was the Center founded" share every stem, but only one of them the article answers.
 */
export function askedFor(question: string): string[] {
  const text = question.toLowerCase();
  return ASKED_FOR.flatMap(([kind, pattern]) => (pattern.test(text) ? [kind] : []));
}

/**
 * A question as the questions asked before are kept and searched: its distinct stems, then what it asks
 * for (`askedFor`). Learning and answering both read questions through this.
 */
export function askedTerms(stems: Iterable<string>, asks: readonly string[]): string[] {
  return [...new Set(stems), ...asks];
}

/**
 * The stems a question is searched by among the questions asked before: its concepts' stems, but a
 * Chinese question's words as pairs of characters ("联合国提交" → 联合, 合国, 国提, 提交). The segmenter
 * cuts the same phrase differently in two questions ("哪几个国家" / "哪几个 国家"), and no space
 * says where a word ends; overlapping pairs match whatever the cut, as search engines index Chinese.
 * (Cross-validated by batch on tuning: Chinese out-of-scope questions refused 0.706 → 0.863.)
 */
export function askedStems(question: string, concepts: readonly Concept[]): string[] {
  const stems = concepts.flatMap((c) => (HAN.test(c.label) ? [] : c.phrase));
  for (const run of question.match(HAN_RUNS) ?? [])
    for (let i = 0; i + 1 < run.length; i++) stems.push(run.slice(i, i + 2));
  return stems;
}

const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * Each kind in English and in Chinese, so a Chinese question is near the English ones asking the same
 * ("斯诺登现在人在哪" asks where and now, as "where is snowden now" does). Cross-validated by batch on
 * tuning: Chinese out-of-scope questions refused 0.894 → 0.909, nothing else moved.
 */
const ASKED_FOR: readonly (readonly [string, RegExp])[] = [
  ['?who', /\b(?:who|whom|whose)\b|谁/],
  ['?when', /\b(?:when|what year|which year|what date|since when)\b|什么时候|何时|哪一?年|几月|哪天|几时/],
  ['?where', /\b(?:where)\b|哪里|哪儿|在哪|何处|何地/],
  [
    '?howmany',
    /\bhow (?:many|much|big|large|long|old)\b|\bnumber of\b|多少|几个|几名|几家|几次|几种|多大|多久/,
  ],
  ['?why', /\b(?:why|y)\b|为什么|为何|为啥|怎么会/],
  [
    '?now',
    /\b(?:now|nowadays|currently|current|today|these days|rn|still|at present|as of)\b|现在|目前|如今|至今|还在|仍然|仍在|而家|仲系/,
  ],
];

const bySpace = (text: string) => text.split(' ');

export class AskedBefore {
  private readonly table: NearestTable;
  /** How many distinct stems each question has. */
  private readonly sizes: readonly number[];
  /** 1 for each question that was answered (has passages): read for many candidates of every question. */
  private readonly answeredAt: Uint8Array;
  private readonly answered = (at: number) => this.answeredAt[at] === 1;
  /**
   * Each question's passages with the sentences its gold marks in each, read from the questions once: a
   * vote reads them for the ten nearest of every question, wherever they are (flat arrays, so those are
   * a few lines of memory each, not objects scattered over the heap).
   */
  private readonly ballots: Ballots;

  constructor(private readonly questions: readonly AskedQuestion[]) {
    const impacts = termImpacts(questions.map((q) => bySpace(q.words)));
    this.sizes = impacts.lengths;
    this.table = new NearestTable(impacts, questions.length);
    this.answeredAt = Uint8Array.from(questions, (q) => (q.passages.length > 0 ? 1 : 0));
    this.ballots = ballotsOf(questions);
  }

  /**
   * The `RANKING.asked.neighbours` labelled questions nearest these stems (by minisearch's BM25 over the
   * questions' stems), and what they say:
   * - votes, from the nearest answered ones: a neighbour's weight is its score relative to the nearest
   *   one's, times the share of its own stems the new question has (a longer question that merely
   *   contains this one asks something more specific), shared among the passages that answered it;
   *   scaled so the strongest vote is at most 1;
   * - how much of the nearest ones' weight (the same, times the share of the new question's stems the
   *   neighbour has) went unanswered.
   */
  near(stems: readonly string[]): Neighbours {
    if (stems.length === 0 || this.questions.length === 0) return NO_NEIGHBOURS;
    const distinct = [...new Set(stems)];
    const terms = distinct.length;
    const near = this.table.best(distinct, RANKING.asked.nearest, this.answered, RANKING.asked.neighbours);
    const votes = new Map<string, number>();
    const sentenceVotes = new Map<string, Map<number, number>>();
    const keptTop = near.kept[0]?.score ?? 1;
    for (const { at, score, matched } of near.kept) {
      const weight = (score / keptTop) * (matched / (this.sizes[at] as number));
      const { ids, first, passage, firstMarked, sentence } = this.ballots;
      const from = first[at] as number;
      const to = first[at + 1] as number;
      for (let b = from; b < to; b++) {
        const id = ids[passage[b] as number] as string;
        const share = weight / (to - from);
        votes.set(id, (votes.get(id) ?? 0) + share);
        const markedTo = firstMarked[b + 1] as number;
        if (firstMarked[b] === markedTo) continue;
        let bySentence = sentenceVotes.get(id);
        if (!bySentence) {
          bySentence = new Map<number, number>();
          sentenceVotes.set(id, bySentence);
        }
        for (let m = firstMarked[b] as number; m < markedTo; m++) {
          const k = sentence[m] as number;
          bySentence.set(k, (bySentence.get(k) ?? 0) + share);
        }
      }
    }
    let strongest = 1;
    for (const vote of votes.values()) if (vote > strongest) strongest = vote;
    for (const [id, vote] of votes) votes.set(id, vote / strongest);
    for (const bySentence of sentenceVotes.values())
      for (const [k, vote] of bySentence) bySentence.set(k, vote / strongest);
    let all = 0;
    let unanswered = 0;
    let alikeUnanswered = 0;
    let alike = 0;
    const top = near.all[0]?.score ?? 1;
    for (const { at, score, matched } of near.all) {
      const covers = matched / (this.sizes[at] as number);
      const covered = matched / terms;
      const both = (score / top) * covers * covered;
      const howAlike = covers * covered;
      all += both;
      if (this.answeredAt[at] === 1) alike = Math.max(alike, howAlike);
      else {
        unanswered += both;
        alikeUnanswered = Math.max(alikeUnanswered, howAlike);
      }
    }
    return { votes, sentenceVotes, unanswered: all > 0 ? unanswered / all : 0, alike, alikeUnanswered };
  }
}

/**
 * The passages that answered each labelled question and the sentences (by place) its gold marks in each:
 * question `q`'s ballots are `first[q]` up to `first[q + 1]`, ballot `b` is for passage `ids[passage[b]]`
 * and marks `sentence[firstMarked[b]]` up to `sentence[firstMarked[b + 1]]` (not included).
 */
interface Ballots {
  ids: readonly string[];
  first: Int32Array;
  passage: Int32Array;
  firstMarked: Int32Array;
  sentence: Int32Array;
}

function ballotsOf(questions: readonly AskedQuestion[]): Ballots {
  const ids: string[] = [];
  const place = new Map<string, number>();
  const first = [0];
  const passage: number[] = [];
  const firstMarked = [0];
  const sentence: number[] = [];
  for (const q of questions) {
    for (const id of q.passages) {
      if (!place.has(id)) {
        place.set(id, ids.length);
        ids.push(id);
      }
      passage.push(place.get(id) as number);
      sentence.push(...(q.sentences?.[id] ?? []));
      firstMarked.push(sentence.length);
    }
    first.push(passage.length);
  }
  return {
    ids,
    first: Int32Array.from(first),
    passage: Int32Array.from(passage),
    firstMarked: Int32Array.from(firstMarked),
    sentence: Int32Array.from(sentence),
  };
}

/**
 * The passages in a new order: each one's score relative to the first's, plus its vote times
 * `RANKING.asked.weight`. Without votes, the order is unchanged.
 */
export function reorderByVotes<T extends { score: number; passage: { paragraph: { id: string } } }>(
  ranked: readonly T[],
  votes: ReadonlyMap<string, number>,
): T[] {
  const first = ranked[0]?.score;
  if (votes.size === 0 || !first) return [...ranked];
  const weighed = (r: T) => r.score / first + RANKING.asked.weight * (votes.get(r.passage.paragraph.id) ?? 0);
  return ranked
    .map((r) => ({ r, by: weighed(r) }))
    .sort((a, b) => b.by - a.by)
    .map(({ r }) => r);
}
