// How new a question is to the labelled sets readers' words are learned from: the word overlap (Jaccard)
// with its nearest labelled question. The blind test set's figures on its novel questions say what the
// bot does on questions unlike any it learned from, rather than on rephrasings of them.

/** Below this overlap with every labelled question, a question counts as novel. */
export const NOVEL_BELOW = 0.5;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** For each question, its greatest word overlap (0–1) with any of the labelled questions. */
export function nearestOverlap(questions: readonly string[], labelled: readonly string[]): number[] {
  const known = labelled.map(wordsOf);
  return questions.map((question) => {
    const words = wordsOf(question);
    let best = 0;
    for (const other of known) {
      let shared = 0;
      for (const w of words) if (other.has(w)) shared++;
      const union = words.size + other.size - shared;
      if (union > 0) best = Math.max(best, shared / union);
    }
    return best;
  });
}
