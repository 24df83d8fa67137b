// WordNet → the article's synonyms. People ask in their own words ("lessening suspicion", "persuaded
// to curb", "democracies"); the article says "reducing", "induce", "democratic". WordNet (Princeton,
// 3.1) groups English words into synsets of one sense each, with derivational links between word
// families. For every English word, the article's words sharing one of its commonest senses, or derived
// from it, become weaker evidence for it. Built once by `npm run synonyms` into corpus/synonyms.json;
// the core reads only that table.

/** One synset: its words (lower-case, "_" for spaces) and its derivational links, word to word. */
interface Synset {
  words: string[];
  /** Derivationally related forms: [source word index (1-based), target synset offset, target word index]. */
  derived: [number, string, number][];
}

/** Parses a WordNet data file (data.noun, data.verb…): synsets by offset. */
export function parseData(text: string, pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const offset = fields[0] as string;
    const count = Number.parseInt(fields[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++)
      words.push((fields[4 + i * 2] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointers = Number(fields[at]);
    at++;
    const derived: Synset['derived'] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4) as [
        string,
        string,
        string,
        string,
      ];
      if (symbol !== '+' || sourceTarget === '0000') continue;
      const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
      const targetWord = Number.parseInt(sourceTarget.slice(2), 16);
      derived.push([source, `${normalPos(targetPos)}:${target}`, targetWord]);
    }
    synsets.set(`${pos}:${offset}`, { words, derived });
  }
  return synsets;
}

/** Adjective satellites ("s") live in the adjective files. */
function normalPos(pos: string): string {
  return pos === 's' ? 'a' : pos;
}

/** Parses a WordNet index file: each lemma with its synsets, commonest sense first. */
export function parseIndex(text: string, pos: string): Map<string, string[]> {
  const lemmas = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    const senses = Number(fields[2]);
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senses);
    lemmas.set(
      fields[0] as string,
      offsets.map((o) => `${pos}:${o}`),
    );
  }
  return lemmas;
}

/**
 * corpus/english-lemmas.txt: WordNet's one-word lemmas (lower-case letters only), sorted by code unit,
 * one a line, from the index files' texts. Spelling asks it whether a word is English (search/spelling.ts).
 */
export function lemmaList(indexTexts: readonly string[]): string {
  const lemmas = new Set<string>();
  for (const text of indexTexts) {
    for (const line of text.split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma);
    }
  }
  return `${[...lemmas].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n')}\n`;
}

export interface SynonymSource {
  /** Data and index files by part of speech: n, v, a, r. */
  data: Map<string, Synset>;
  index: Map<string, string[]>[];
}

/**
 * For each single English word, the article's words (as given by `articleStem`, which answers undefined
 * for words the article does not use) that share one of its `senses` commonest senses or derive from
 * it, keyed and valued by stem: the question's words are stemmed, so are these.
 */
export function synonymTable(
  source: SynonymSource,
  articleStem: (word: string) => string | undefined,
  stem: (word: string) => string,
  senses: number,
): Record<string, string[]> {
  const table = new Map<string, Set<string>>();
  const add = (lemma: string, word: string) => {
    if (word.includes('_')) return;
    const target = articleStem(word);
    const key = stem(lemma);
    if (target === undefined || target === key) return;
    let set = table.get(key);
    if (!set) {
      set = new Set();
      table.set(key, set);
    }
    set.add(target);
  };
  for (const index of source.index) {
    for (const [lemma, offsets] of index) {
      if (lemma.includes('_') || !/^[a-z]+$/.test(lemma)) continue;
      for (const offset of offsets.slice(0, senses)) {
        const synset = source.data.get(offset);
        if (!synset) continue;
        for (const word of synset.words) if (word !== lemma) add(lemma, word);
        const position = synset.words.indexOf(lemma) + 1;
        for (const [from, target, to] of synset.derived) {
          if (from !== position) continue;
          const word = source.data.get(target)?.words[to - 1];
          if (word) add(lemma, word);
        }
      }
    }
  }
  const sorted = [...table.keys()].sort();
  return Object.fromEntries(sorted.map((key) => [key, [...(table.get(key) as Set<string>)].sort()]));
}
