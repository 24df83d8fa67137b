// The domain glossary (corpus/glossary.json): synonyms, acronyms, Chinese terms and pinyin that a
// question may use for what the article says in other words.

import { normalizeText, tokenize } from './terms.js';

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
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledAlias {
  entry: GlossaryEntry;
  pattern: RegExp;
  /** A literal piece of the alias: when the question lacks it, the pattern cannot match. */
  probe: string;
}

/** Compiles a glossary once; `match` then finds every alias in a question, longest first, without overlaps. */
export class Glossary {
  private readonly aliases: CompiledAlias[];

  constructor(readonly entries: readonly GlossaryEntry[]) {
    this.aliases = entries
      .flatMap((entry) => [
        ...entry.aliases.map((alias) => ({ entry, alias, exact: false })),
        ...(entry.exactCase ?? []).map((alias) => ({ entry, alias, exact: true })),
      ])
      .sort((a, b) => b.alias.length - a.alias.length)
      .map(({ entry, alias, exact }) => ({
        entry,
        pattern: compileAlias(alias, exact),
        probe: longestWord(exact ? normalizeText(alias, true) : normalizeText(alias)),
      }));
  }

  match(question: string): GlossaryMatch[] {
    const text = normalizeText(question, true);
    const folded = normalizeText(question);
    const taken: GlossaryMatch[] = [];
    for (const { entry, pattern, probe } of this.aliases) {
      const haystack = pattern.flags.includes('i') ? folded : text;
      if (!haystack.includes(probe)) continue;
      for (const m of haystack.matchAll(pattern)) {
        const start = (m.index ?? 0) + (m[1]?.length ?? 0);
        const end = start + (m[2]?.length ?? 0);
        if (taken.some((t) => start < t.end && t.start < end)) continue;
        taken.push({ entry, start, end });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}

function longestWord(text: string): string {
  return text.split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function compileAlias(alias: string, caseSensitive: boolean): RegExp {
  const body = normalizeText(alias, caseSensitive);
  if (!LATIN.test(alias)) return new RegExp(`()(${escapeRegExp(body)})`, 'gu');
  const flexible = escapeRegExp(body).replace(/-|\s+/g, '[\\s-]?');
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${flexible})(?=$|[^\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** All words of a glossary entry's targets, for tests and expansion. */
export function targetWords(entry: GlossaryEntry): string[] {
  return entry.targets.flatMap((t) => tokenize(t).map((tok) => tok.word));
}
