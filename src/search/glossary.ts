// The domain glossary (corpus/glossary.json): synonyms, acronyms, Chinese terms and pinyin that a
// question may use for what the article says in other words.

import { normalizeText } from './terms.js';

export interface GlossaryEntry {
  aliases: string[];
  /** Aliases that match only with this exact case: "US" (not "us"), "IT" (not "it"). */
  exactCase?: string[];
  targets: string[];
}

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** Where the alias stands in the question (offsets into the original text). */
  start: number;
  end: number;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’&-]+$/u;
/** Spaces and hyphens are interchangeable in aliases: "non-authoritative" = "non authoritative". */
const key = (text: string) => text.replace(/[\s-]+/g, '');

/** Words of a question with offsets; dots, apostrophes and ampersands stay inside ("U.S.", "S&ED"). */
const WORD =
  /\p{Script=Han}+|(?:[^\P{L}\p{Script=Han}]|\p{N})+(?:[.'&](?:[^\P{L}\p{Script=Han}]|\p{N})+)*\.?/gu;

const NON_ASCII = /\P{ASCII}/u;

const withoutFinalDot = (text: string) => (text.endsWith('.') ? text.slice(0, -1) : text);

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const found: Word[] = [];
  const pattern = WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const word = m[0];
    // A possessive belongs to the sentence, not the name: "Xi Jinping's" is "Xi Jinping".
    const possessive = isPossessive(word) ? 2 : 0;
    const end = m.index + word.length - possessive;
    found.push({ text: possessive ? word.slice(0, -possessive) : word, start: m.index, end });
  }
  return found;
}

/** Ends in "'s" or "’s" (either case of s). */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const s = word.charCodeAt(n - 1);
  const apostrophe = word.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

const NONE: readonly string[] = [];

/** A table, or how to read it: the generated tables are read on first use, off the cold start. */
export type Table<T> = Readonly<Record<string, T>> | (() => Readonly<Record<string, T>>);

function lazily<T>(table: Table<T>): () => Readonly<Record<string, T>> {
  if (typeof table !== 'function') return () => table;
  let read: Readonly<Record<string, T>> | undefined;
  return () => {
    read ??= table();
    return read;
  };
}

/**
 * Compiles a glossary once; `match` then finds every alias in a question, leftmost-longest, without
 * overlaps: word sequences are looked up in maps (Latin script), other scripts are found as substrings.
 */
export class Glossary {
  private readonly exact = new Map<string, GlossaryEntry>();
  private readonly folded = new Map<string, GlossaryEntry>();
  private readonly other: [string, GlossaryEntry][] = [];
  /** Every alias of another script has a character outside ASCII: an ASCII question holds none of them. */
  private readonly otherOutsideAscii: boolean;
  /** Every alias's leading words, joined as keys are: a question's words stop extending a match off these. */
  private readonly exactPrefixes = new Set<string>();
  private readonly foldedPrefixes = new Set<string>();
  private readonly maxWords: number;
  private readonly synonyms: () => Readonly<Record<string, readonly string[]>>;
  private readonly chinese: () => Readonly<Record<string, string[][]>>;

  /**
   * @param synonyms the article's words sharing a sense with an English word, by stem
   *   (corpus/synonyms.json, built from WordNet by `npm run synonyms`): weaker evidence than entries.
   * @param chinese the article's terms for Chinese words (corpus/zh-terms.json, from CC-CEDICT); an
   *   empty list marks grammar.
   */
  constructor(
    readonly entries: readonly GlossaryEntry[],
    synonyms: Table<readonly string[]> = {},
    chinese: Table<string[][]> = {},
  ) {
    this.synonyms = lazily(synonyms);
    this.chinese = lazily(chinese);
    let maxWords = 1;
    const add = (
      map: Map<string, GlossaryEntry>,
      prefixes: Set<string>,
      alias: string,
      entry: GlossaryEntry,
    ) => {
      const k = key(alias);
      if (!map.has(k)) map.set(k, entry);
      if (k.endsWith('.') && !map.has(k.slice(0, -1))) map.set(k.slice(0, -1), entry);
      const ws = words(alias);
      let prefix = '';
      for (const w of ws) {
        prefix += w.text;
        prefixes.add(prefix).add(withoutFinalDot(prefix));
      }
      maxWords = Math.max(maxWords, ws.length);
    };
    for (const entry of entries) {
      for (const alias of entry.exactCase ?? []) {
        add(this.exact, this.exactPrefixes, normalizeText(alias, true), entry);
      }
      for (const alias of entry.aliases) {
        if (LATIN.test(alias)) add(this.folded, this.foldedPrefixes, normalizeText(alias), entry);
        else this.other.push([normalizeText(alias), entry]);
      }
    }
    this.other.sort((a, b) => b[0].length - a[0].length);
    this.otherOutsideAscii = this.other.every(([alias]) => NON_ASCII.test(alias));
    this.maxWords = maxWords;
  }

  match(question: string): GlossaryMatch[] {
    const typed = normalizeText(question, true);
    const folded = normalizeText(question);
    const taken: GlossaryMatch[] = [];
    const ws = words(typed);
    for (let i = 0; i < ws.length; ) {
      let found: GlossaryMatch | undefined;
      let typedKey = '';
      let foldedKey = '';
      const keys: [string, string, number][] = [];
      for (let j = i; j < Math.min(ws.length, i + this.maxWords); j++) {
        const w = ws[j] as Word;
        // Only spaces and hyphens may stand between the words of one alias.
        if (j > i && !/^[\s-]*$/.test(typed.slice((ws[j - 1] as Word).end, w.start))) break;
        typedKey += w.text;
        foldedKey += folded.slice(w.start, w.end);
        // No alias goes on like this: longer sequences cannot match either.
        if (!this.exactPrefixes.has(typedKey) && !this.foldedPrefixes.has(foldedKey)) break;
        keys.push([typedKey, foldedKey, j]);
      }
      for (const [t, f, j] of keys.reverse()) {
        const entry =
          this.exact.get(t) ??
          this.exact.get(withoutFinalDot(t)) ??
          this.folded.get(f) ??
          this.folded.get(withoutFinalDot(f));
        if (entry) {
          const last = ws[j] as Word;
          const end = this.exact.has(t) || this.folded.has(f) ? last.end : last.end - 1;
          found = { entry, start: (ws[i] as Word).start, end };
          i = j + 1;
          break;
        }
      }
      if (found) taken.push(found);
      else i++;
    }
    // Most questions are ASCII: the aliases of other scripts (Chinese) are not looked for in them.
    const others = this.otherOutsideAscii && !NON_ASCII.test(folded) ? [] : this.other;
    for (const [alias, entry] of others) {
      for (let at = folded.indexOf(alias); at >= 0; at = folded.indexOf(alias, at + 1)) {
        const end = at + alias.length;
        if (!taken.some((t) => at < t.end && t.start < end)) taken.push({ entry, start: at, end });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  /** The article's stems that share a sense with a question's stem ("curb" → contain, control). */
  synonymsOf(stem: string): readonly string[] {
    const synonyms = this.synonyms();
    return Object.hasOwn(synonyms, stem) ? (synonyms[stem] ?? NONE) : NONE;
  }

  /** The article's terms for a Chinese word, [] for grammar, undefined when the article has none. */
  chineseTermsOf(word: string): string[][] | undefined {
    const chinese = this.chinese();
    return Object.hasOwn(chinese, word) ? chinese[word] : undefined;
  }
}
