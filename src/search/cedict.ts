// CC-CEDICT → the article's words for Chinese words. A question typed in Chinese ("中国军方发言人说中国有没有
// 士兵？") names things the article says in English: each word of the question (Intl.Segmenter splits
// them) finds the article's words among its dictionary glosses ("士兵" → soldier). Words whose commonest
// sense is grammar ("什么" → what?, "几个" → a few) carry no evidence. Built once by `npm run synonyms`
// into corpus/zh-terms.json (CC BY-SA 4.0, from CC-CEDICT by MDBG); the core reads only that table.

/** One dictionary entry: a simplified-Chinese headword and its English senses. */
export interface CedictEntry {
  simplified: string;
  /** Capitalised for a proper name ("He2 ping2", Heping District), lower-case for a word ("he2 ping2"). */
  pinyin?: string;
  english: string[];
}

/** A place or person written with the word's characters: CC-CEDICT capitalises its pinyin. */
const isProperName = (entry: CedictEntry) => /^\p{Lu}/u.test(entry.pinyin ?? '');

const HAN = /^\p{Script=Han}{2,}$/u;
/** Senses that are cross-references or notes, not translations. */
const NOT_A_TRANSLATION =
  /^(?:CL:|variant of|old variant|also written|also pr\.|surname|abbr\.|see |used in|erhua|Japanese variant|\(Tw\))/i;

/** The content words of a gloss phrase: notes in brackets and "to" of verbs dropped. */
function contentWords(phrase: string, isStopword: (word: string) => boolean): string[] {
  return phrase
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !isStopword(w));
}

/**
 * For each Chinese headword of two or more characters: the article's stems its first sense translates
 * to (single words, or two-word phrases whose words the article uses), or an empty list when that sense
 * is grammar only. Headwords that translate to nothing in the article are left out: for a question, they
 * are words the article does not use.
 */
export function chineseTerms(
  entries: Iterable<CedictEntry>,
  articleStem: (word: string) => string | undefined,
  isStopword: (word: string) => boolean,
): Record<string, string[][]> {
  const senses = new Map<string, string[]>();
  // A word's senses before those of a name written with the same characters: "和平" is peace before it is
  // Heping District.
  const ordered = [...entries].sort((a, b) => Number(isProperName(a)) - Number(isProperName(b)));
  for (const entry of ordered) {
    if (!HAN.test(entry.simplified)) continue;
    const list = senses.get(entry.simplified) ?? [];
    list.push(...entry.english.filter((s) => !NOT_A_TRANSLATION.test(s.trim())));
    senses.set(entry.simplified, list);
  }
  const table: Record<string, string[][]> = {};
  for (const [word, glosses] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The first sense only: later ones are rarer and mislead ("人口" is population, not people). But a
    // first sense that describes rather than translates ("否认": to declare to be untrue) is followed by
    // the word's translation ("to deny"): then the next senses are read too, up to the first that the
    // article says.
    const first = glosses[0];
    if (first === undefined) continue;
    const phrases = phrasesOf(first, isStopword);
    if (phrases.every((p) => p.length === 0)) {
      table[word] = [];
      continue;
    }
    let targets = targetsOf(phrases, articleStem);
    const describes = phrases.every((p) => p.length !== 1);
    for (let k = 1; describes && targets.size === 0 && k < Math.min(glosses.length, NEXT_SENSES + 1); k++) {
      targets = targetsOf(phrasesOf(glosses[k] as string, isStopword), articleStem);
    }
    if (targets.size > 0) table[word] = [...targets.values()];
  }
  return table;
}

/** How many senses after a describing first one are read for a translation. */
const NEXT_SENSES = 2;

/** A gloss's phrases as content words: "to reach (an agreement); to accomplish" → [reach], [accomplish]. */
function phrasesOf(gloss: string, isStopword: (word: string) => boolean): string[][] {
  return gloss
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[;,]/)
    .map((p) => contentWords(p, isStopword));
}

/** The phrases of one or two words whose every word the article uses, as the article's stems. */
function targetsOf(
  phrases: readonly string[][],
  articleStem: (word: string) => string | undefined,
): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  for (const words of phrases) {
    if (words.length === 0 || words.length > 2) continue;
    const stems = words.map(articleStem);
    if (stems.every((s): s is string => s !== undefined)) targets.set(stems.join(' '), stems);
  }
  return targets;
}
