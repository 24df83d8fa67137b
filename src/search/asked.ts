// Asked before: the labelled questions nearest a new one vote for the passages that answered them.
// Readers' words (readers.ts) teach a passage single words; this keeps each labelled question's words
// together, so a question is matched by the combination of its words as well as by each one: "does the
// us hold beijing responsible" is near "who does washington blame for the attacks", whose answer is ¶5.
// The votes reorder the passages ranking found relevant; they never decide whether to answer.
//
// Learned by `npm run learn` from the tuning and regression sets (never the blind test set) into
// corpus/readers-words.json with the readers' words.

import MiniSearch from 'minisearch';
import { ImpactTable } from './impacts.js';
import { RANKING } from './options.js';

/** A labelled question as the stems ranking reads in it, and the passages its gold marks. */
export interface AskedQuestion {
  /** The question's stems, space-separated. */
  words: string;
  passages: readonly string[];
}

const bySpace = (text: string) => text.split(' ');
const asIs = (term: string) => term;

export class AskedBefore {
  private readonly table: ImpactTable;
  /** How many distinct stems each question has. */
  private readonly sizes: number[];

  constructor(private readonly questions: readonly AskedQuestion[]) {
    const search = new MiniSearch<{ id: number; words: string }>({
      fields: ['words'],
      tokenize: bySpace,
      processTerm: asIs,
      searchOptions: { tokenize: bySpace, processTerm: asIs },
    });
    search.addAll(questions.map((q, id) => ({ id, words: q.words })));
    this.sizes = questions.map((q) => new Set(bySpace(q.words)).size);
    this.table = new ImpactTable((term) => {
      const results = search.search(term);
      return { docs: results.map((r) => r.id as number), scores: results.map((r) => r.score) };
    }, questions.length);
  }

  /**
   * Each passage's vote from the `RANKING.asked.neighbours` labelled questions nearest these stems (by
   * minisearch's BM25 over the questions' stems). A neighbour's weight is its score relative to the
   * nearest one's, times the share of its own stems the new question has (a longer question that merely
   * contains this one asks something more specific); it is shared among the passages that answered it.
   * Scaled so the strongest vote is at most 1.
   */
  votes(stems: readonly string[]): ReadonlyMap<string, number> {
    const votes = new Map<string, number>();
    if (stems.length === 0 || this.questions.length === 0) return votes;
    const near = this.table.best(new Map(stems.map((s) => [s, 1])), RANKING.asked.neighbours);
    const top = near[0]?.score ?? 1;
    for (const { at, score, matched } of near) {
      const { passages } = this.questions[at] as AskedQuestion;
      const weight = (score / top) * (matched / (this.sizes[at] as number));
      for (const id of passages) votes.set(id, (votes.get(id) ?? 0) + weight / passages.length);
    }
    const strongest = Math.max(1, ...votes.values());
    for (const [id, vote] of votes) votes.set(id, vote / strongest);
    return votes;
  }
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
