// Typo tolerance: an unknown word of the question is matched to the closest term the article uses,
// with an edit budget that grows with the word's length, so short words never go fuzzy.

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * How many edits a word of this length may need: none under 4 letters, one up to 8, two from 9. Typos
 * are mostly one edit; two edits on an 8-letter word already reach other real words ("invented" →
 * "intended").
 */
export function editBudget(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 9 ? 1 : 2;
}

/** Words this short are corrected only towards names (proper nouns), where typos matter most. */
const SHORT_WORD = 5;

/**
 * The vocabulary terms closest to `term` within its edit budget (all ties), or none. Candidates share
 * the first letter (typos rarely change it); short words are only corrected towards `names`.
 */
export function closestTerms(
  term: string,
  vocabulary: Iterable<string>,
  names: ReadonlySet<string>,
): string[] {
  const budget = editBudget(term);
  if (budget === 0) return [];
  let best = budget + 1;
  let found: string[] = [];
  for (const candidate of vocabulary) {
    if (candidate.length < 4 || candidate[0] !== term[0]) continue;
    if (term.length <= SHORT_WORD && !names.has(candidate)) continue;
    const d = editDistance(term, candidate, Math.min(best, budget));
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best && d <= budget) {
      found.push(candidate);
    }
  }
  return best <= budget ? found : [];
}
