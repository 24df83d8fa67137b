// Pages: how much of a list one message shows, and where its "More" button picks up. Decided here, once,
// for every platform: a renderer only says what an item costs it and how much a message holds.

import { DEFAULT_LIMIT } from '../answer/answer.js';
import type { Answer } from '../types.js';

/** What an item costs a message: one number, or one per limit (e.g. [blocks, characters]). */
export type Cost = number | readonly number[];

export interface Page<T> {
  /** The items this page shows, in order. */
  items: T[];
  /** Index of the first item shown, among all items. */
  offset: number;
  /** Index of the first item left for the next page; undefined when this page reaches the end. */
  next: number | undefined;
}

const dimensions = (cost: Cost): readonly number[] => (typeof cost === 'number' ? [cost] : cost);

/**
 * The page of `items` starting at `offset`: items in order while their summed cost stays within `budget`
 * in every dimension, and always at least one, so "More" always moves on. `cost` may depend on the items
 * already on the page (a section heading shown once; `Infinity` where an item cannot join them).
 */
export function paginate<T>(
  items: readonly T[],
  cost: (item: T, onPage: readonly T[]) => Cost,
  budget: Cost,
  offset = 0,
): Page<T> {
  const limits = dimensions(budget);
  const used = limits.map(() => 0);
  const page: T[] = [];
  for (let i = offset; i < items.length; i++) {
    const item = items[i] as T;
    const spend = dimensions(cost(item, page));
    const fits = limits.every((limit, d) => (used[d] ?? 0) + (spend[d] ?? 0) <= limit);
    if (!fits && page.length > 0) return { items: page, offset, next: i };
    page.push(item);
    spend.forEach((amount, d) => {
      used[d] = (used[d] ?? 0) + amount;
    });
  }
  return { items: page, offset, next: undefined };
}

/** Passages per page of an answer, on every platform: the core's default, so a plain `ask` is page one. */
export const ANSWER_PAGE_SIZE = DEFAULT_LIMIT;

/**
 * Where the answer page after this one starts (`answer` holds the passages from `offset`), or undefined
 * when the core ranked no more: the one rule for every platform's "More results".
 */
export function nextAnswerPage(answer: Answer, offset: number): number | undefined {
  const shown = offset + Math.min(answer.passages.length, ANSWER_PAGE_SIZE);
  return answer.answered && shown < answer.total ? shown : undefined;
}
