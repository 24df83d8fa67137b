// Text → search terms. One pipeline for passages and questions, so that "cyber attacks",
// "cyber-attacks" and "cyberattacks" meet, word forms share a stem, and question words carry no weight.

import { stemmer } from 'stemmer';
import { Memo } from './memo.js';
import { PART_WORDS } from './parts.js';

/** Words that carry no evidence in a question about the article. */
export const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by can could did do does doing done down during each few for from further had has have having he her here hers
  him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours
  out over own same she should so some such than that the their theirs them then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would you your yours
  tell told me explain describe give list show say says said according think thinks view views swaine author
  paper please many much kind kinds sort sorts way ways also anything something thing things role s t dont doesnt didnt isnt
  arent wasnt werent wont cant cannot couldnt wouldnt shouldnt hasnt havent hadnt whats whos hows want wants
  wanted like get gets might must put puts putting still really actually ever already ones keep keeps
  everything everyone nothing see sees saw seen play plays played playing`.split(/\s+/),
);

const FOLD_OF = new Map<string, string>(
  Object.entries({
    '‘': "'",
    '’': "'",
    '‛': "'",
    '′': "'",
    '“': '"',
    '”': '"',
    '„': '"',
    '″': '"',
  }),
);

/**
 * Normalises Unicode compatibility forms, quotes, dashes and (unless `keepCase`) case so that typographic
 * variants compare equal. Length-preserving (character by character), so offsets carry over to `text`.
 */
export function normalizeText(text: string, keepCase = false): string {
  // ASCII needs no Unicode folding; this is the common case and on every question's path.
  if (/^\p{ASCII}*$/u.test(text)) return keepCase ? text : text.toLowerCase();
  const chars = keepCase ? typedChars : foldedChars;
  let out = '';
  for (const ch of text) {
    // An ASCII character folds to itself (or its lower case); others are looked up once.
    if (ch.charCodeAt(0) < 0x80) out += keepCase ? ch : ch.toLowerCase();
    else out += chars.get(ch, keepCase ? normalizeTyped : normalizeFolded);
  }
  return out;
}

/** Characters of other scripts as `normalizeText` writes them (Chinese questions repeat theirs). */
const typedChars = new Memo<string>();
const foldedChars = new Memo<string>();
const normalizeTyped = (ch: string) => normalizeChar(ch, true);
const normalizeFolded = (ch: string) => normalizeChar(ch, false);

function normalizeChar(ch: string, keepCase: boolean): string {
  // Hyphens join words ("non‑authoritative"); dashes separate them ("the West—not least").
  let folded =
    FOLD_OF.get(ch) ??
    (/[‐‑]/.test(ch) ? '-' : /[‒–—―]/.test(ch) ? ' ' : withoutAccent(ch.normalize('NFKC')));
  if (!keepCase) folded = folded.toLowerCase();
  return folded.length === ch.length ? folded : ch;
}

/**
 * A Latin letter without its accents: pinyin's tone marks ("Rénmín Rìbào", "Huá Chūnyíng") and the
 * accents of other languages, which the article (in plain English, its Chinese names in toneless
 * pinyin) never writes.
 */
function withoutAccent(ch: string): string {
  if (!/^\p{Script=Latin}$/u.test(ch)) return ch;
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? base : ch;
}

export interface Token {
  /** The word as written, lower-cased ("cyber-attacks" → "cyberattacks", "people's" → "people"). */
  word: string;
  /** Offset of the word in the original text, and its length there. */
  start: number;
  end: number;
}

/** The hyphen-free compound prefixes the article writes both ways ("cyber attacks" / "cyberattacks"). */
export const JOINING_PREFIXES: ReadonlySet<string> = new Set([
  'cyber',
  'non',
  'quasi',
  'multi',
  'anti',
  'counter',
]);

/** A word: Han characters make words of their own ("IP地址" is "IP" and "地址"). One object, reset per use. */
const WORD_PATTERN =
  /\p{Script=Han}+|(?:[^\P{L}\p{Script=Han}]|\p{N})+(?:[-'&](?:[^\P{L}\p{Script=Han}]|\p{N})+)*/gu;

/**
 * Splits text into words, keeping offsets. Hyphens inside words are dropped ("non-authoritative" →
 * "nonauthoritative"), and a joining prefix written as its own word is glued to the next one.
 */
export function tokenize(text: string): Token[] {
  const normalized = normalizeText(text);
  const tokens: Token[] = [];
  const pattern = WORD_PATTERN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
    const start = match.index;
    let word = match[0];
    if (/[-'&]/.test(word)) word = word.replace(/'s$/, '').replace(/[-'&]/g, '');
    tokens.push({ word, start, end: start + match[0].length });
  }
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const joins =
      JOINING_PREFIXES.has(token.word) &&
      next !== undefined &&
      /^[a-z]/.test(next.word) &&
      !STOPWORDS.has(next.word) &&
      next.start - token.end <= 2;
    if (joins && next) {
      joined.push({ word: token.word + next.word, start: token.start, end: next.end });
      i++;
    } else {
      joined.push(token);
    }
  }
  return joined;
}

/** Where Porter merges words the article keeps apart ("governed" vs "government"), keep them apart. */
const STEM_OVERRIDES: Record<string, string> = {
  government: 'government',
  governments: 'government',
  governmental: 'government',
  organization: 'organization',
  organizations: 'organization',
  general: 'general',
  generally: 'general',
  communication: 'communic',
  communications: 'communic',
  // Porter makes "use" "us": the verb must not meet "US", the country.
  use: 'use',
  uses: 'use',
  used: 'use',
  using: 'use',
  user: 'user',
  users: 'user',
};

const stems = new Memo<string>();
/** A Map, not the object: a question may say "constructor". */
const OVERRIDE_OF = new Map(Object.entries(STEM_OVERRIDES));
const OVERRIDDEN = new Set(Object.values(STEM_OVERRIDES));

/** True for a stem kept apart on purpose ("government"): never to be re-joined as a word family. */
export function isOverriddenStem(term: string): boolean {
  return OVERRIDDEN.has(term);
}

/** British "-ise" spellings after these endings are "-ize" ones: militarise, organise, criticise, recognise. */
const BRITISH_ISE = /(al|ar|or|ur|an|ic|gn|rn|rd|it|on|er)is(ation|ations|ing|ed|es|e)$/;

/** Are two phrases the same terms, in the same order? (As their joined texts are: a term has no space.) */
export function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Number words by their value, "zero" (0) to "twenty" (20). */
export const NUMBER_WORDS: readonly string[] = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen twenty'
).split(' ');
/** The tens by their place: TENS[3] is "thirty". */
export const TENS: readonly string[] = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

/**
 * Numbers as the article and its readers write them either way ("13 so-called root servers", "how many
 * of the thirteen"; "three basic types", "the 3 kinds") are one term, the digits. Not "one", mostly a
 * pronoun ("one source"). Cross-validated by batch on tuning: each figure one question better (hit1,
 * hit3, excerpt1, false refusals 27 → 26), one out-of-scope question fewer refused.
 */
const DIGITS_OF = new Map<string, string>([
  ...NUMBER_WORDS.slice(2).map((word, i) => [word, String(i + 2)] as const),
  ...TENS.slice(3).map((word, i) => [word, String(10 * (i + 3))] as const),
]);

/**
 * Porter stem of a word, British "-ise" spellings read as "-ize" ("militarising" → "militar"), a number
 * word as its digits ("thirteen" → "13").
 */
export function stem(word: string): string {
  return (
    OVERRIDE_OF.get(word) ??
    DIGITS_OF.get(word) ??
    stems.get(word, () => {
      const american = word.length >= 7 ? word.replace(BRITISH_ISE, '$1iz$2') : word;
      return /^[a-z]+$/.test(american) ? stemmer(american) : word;
    })
  );
}

/**
 * A word's search terms: its stem, plus for a "cyber…" compound the stem of its second part and "cyber"
 * itself ("cyberattacks" → "cyberattack", "attack", "cyber"), so "cyber" alone finds them all.
 */
export function termsOf(word: string): string[] {
  const terms = [stem(word)];
  const rest = afterCyber(word);
  if (rest) terms.push(stem(rest), 'cyber');
  return terms;
}

/** The word a "cyber…" compound is built on ("cyberattacks" → "attacks"), if it is one. */
export function afterCyber(word: string): string | undefined {
  return word.startsWith('cyber') ? /^cyber([a-z]{3,})$/.exec(word)?.[1] : undefined;
}

/** Each word's terms, in order, stopwords as empty slots: what phrases and windows are read from. */
export function wordTerms(tokens: readonly Token[]): string[][] {
  return tokens.map((t) => (STOPWORDS.has(t.word) ? [] : termsOf(t.word)));
}

/** Content words of a text (stopwords dropped), as stems: what a passage or question is about. */
export function contentTerms(text: string): string[] {
  return wordTerms(tokenize(text)).flat();
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Words that name the article itself when they follow "the"/"this" ("what does the article say"). */
const SELF_REFERENCES = new Set(['article', 'paper', 'piece', 'text', 'essay', 'author']);

/** Words about the text or the conversation rather than its subject ("article", "author", "paragraph"). */
export function isAboutTheText(word: string): boolean {
  return SELF_REFERENCES.has(word) || DISCOURSE.has(word);
}

/**
 * Words about the text or the conversation, not about its subject: "where's the bit on X", "which
 * section discusses Y", "the ams guy quote". Dropped from questions only (the article uses some of
 * them in their own sense).
 */
const DISCOURSE = new Set(
  `section sections part parts bit bits para paragraph paragraphs passage passages piece page pages quote quotes
  quoted quoting mention mentions mentioned mentioning discuss discusses discussed discussing discussion talk talks
  talking stuff guy guys`
    .split(/\s+/)
    // Words naming a part of the article ("tl;dr", "intro"): src/search/parts.ts says where they point.
    .concat(PART_WORDS),
);

/** Content tokens of a question: stopwords and references to the article itself dropped. */
export function questionTokens(text: string, tokens: readonly Token[] = tokenize(text)): Token[] {
  return tokens.filter((t, i) => {
    // "2+2", "item 3": a number of one or two digits says nothing about the article.
    if (isStopword(t.word) || DISCOURSE.has(t.word) || /^\d{1,2}$/.test(t.word)) return false;
    const before = tokens[i - 1]?.word;
    return !(SELF_REFERENCES.has(t.word) && (before === 'the' || before === 'this' || before === 'swaines'));
  });
}
