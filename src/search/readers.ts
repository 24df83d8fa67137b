// Readers' words: what people called each passage when they asked for it. Labelled questions (a question
// and the passages that answer it) teach each passage the stems of the question's words it does not use
// itself: "who does the us think is behind the hacks on companies" teaches ¶5 "hack" and "compani", which
// it says as "cyberattacks on commercial enterprises". A later question in the same words finds ¶5 by them,
// as weaker evidence than the passage's own words (`RANKING.readers`).
//
// Learned by `npm run learn` from the tuning and regression sets (never the blind test set) into
// corpus/readers-words.json; a test fails when that file is stale.

/** Passage id → stem → how many labelled questions used the stem for that passage. */
export type ReadersWords = Record<string, Record<string, number>>;

export interface LabelledQuestion {
  q: string;
  gold: readonly string[];
}

export interface Learning {
  /** The passages (ids) a labelled question's gold snippets mark as answering it. */
  answering(question: LabelledQuestion): readonly string[];
  /** The stems of a question's words, as ranking reads them. */
  stemsOf(question: string): readonly string[];
  /** Does the passage use this stem itself? Its own words need no teaching. */
  uses(passageId: string, stem: string): boolean;
}

/** Counts, for each passage, the stems of the questions that ask for it and it does not use. */
export function learnReadersWords(questions: readonly LabelledQuestion[], learning: Learning): ReadersWords {
  const words: ReadersWords = {};
  for (const question of questions) {
    if (question.gold.length === 0) continue;
    const stems = new Set(learning.stemsOf(question.q));
    for (const id of learning.answering(question)) {
      for (const stem of stems) {
        if (learning.uses(id, stem)) continue;
        const passage = words[id] ?? {};
        passage[stem] = (passage[stem] ?? 0) + 1;
        words[id] = passage;
      }
    }
  }
  return sorted(words);
}

/** Keys in order, so the learned file diffs cleanly from one run to the next. */
function sorted(words: ReadersWords): ReadersWords {
  const out: ReadersWords = {};
  for (const id of Object.keys(words).sort(byNumber)) {
    const passage = words[id] ?? {};
    out[id] = Object.fromEntries(
      Object.keys(passage)
        .sort()
        .map((stem) => [stem, passage[stem] as number]),
    );
  }
  return out;
}

const byNumber = (a: string, b: string) =>
  a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** Text as gold snippets are matched against it (as ../shared/eval/score.mjs does). */
export const goldKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
