// What a digest post says in words, the same on every platform: which items a page shows and its "More",
// and the recap's lines for a question the article has nothing on and for the questions it left out.

import type { Digest } from '../digest/types.js';
import { encodeAction } from './actions.js';

/** The items a digest page shows, above its "More": "Items 1–6 of 20" (`next`: the first left out). */
export function digestItemsLabel(offset: number, next: number, total: number): string {
  return `Items ${offset + 1}–${next} of ${total}`;
}

/**
 * The "More" under a digest page that stops before item `next`: its button's state (the rest of the
 * same digest), bounded by the platform's `maxLength`, and the label of the items shown; undefined
 * when the state does not fit, and then neither is shown.
 */
export function digestMore(
  digest: Digest,
  offset: number,
  next: number,
  maxLength: number,
): { state: string; label: string } | undefined {
  const state = encodeAction(
    { kind: 'more', replay: { kind: 'digest', topic: digest.topic, offset: next } },
    maxLength,
  );
  return state === undefined
    ? undefined
    : { state, label: digestItemsLabel(offset, next, digest.items.length) };
}

/** The recap's line under a question the article has nothing on (renderers set it in italics). */
export const NOTHING_ON_IT = 'The article has nothing on this.';

/** The recap's last line when it left older questions out: "…and 3 earlier questions." */
export function omittedQuestionsLine(omitted: number): string {
  return `…and ${omitted} earlier question${omitted === 1 ? '' : 's'}.`;
}
