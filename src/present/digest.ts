// What a digest post says in words, the same on every platform: which items a page shows, and the
// recap's lines for a question the article has nothing on and for the questions it left out.

/** The items a digest page shows, above its "More": "Items 1–6 of 20" (`next`: the first left out). */
export function digestItemsLabel(offset: number, next: number, total: number): string {
  return `Items ${offset + 1}–${next} of ${total}`;
}

/** The recap's line under a question the article has nothing on (renderers set it in italics). */
export const NOTHING_ON_IT = 'The article has nothing on this.';

/** The recap's last line when it left older questions out: "…and 3 earlier questions." */
export function omittedQuestionsLine(omitted: number): string {
  return `…and ${omitted} earlier question${omitted === 1 ? '' : 's'}.`;
}
