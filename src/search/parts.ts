// Parts of the article a question names: "tl;dr", "the summary", "in the intro", "in his conclusions".
// Such words say where to look, not what the answer is about: the part's passages rank higher, and the
// words themselves are no evidence (the article's "concludes with a summary" is a signpost, not a
// summary). Parts are found by their section titles, so any article with such headings reads the same.

export const PARTS = ['abstract', 'introduction', 'conclusions'] as const;
export type Part = (typeof PARTS)[number];

/** Words that only ever name a part here, never its subject: dropped from questions as evidence. */
export const PART_WORDS: readonly string[] =
  'tldr summary summarise summarize abstract gist overview intro introduction verdict'.split(' ');

/**
 * How people name each part. The conclusions also by the author concluding ("what does swaine conclude",
 * "what did he conclude"), not by anyone else ("why do officials refrain from concluding").
 */
const REFERENCES: readonly [Part, RegExp][] = [
  ['abstract', /\b(?:tldr|summary|summari[sz]e|abstract|gist|overview|in a nutshell)\b|摘要|概要/i],
  ['introduction', /\bintro(?:duction|ductory)?\b|引言|导言|前言|文章开头|开头部分/i],
  [
    'conclusions',
    /\b(?:(?:the|its|his|her|in|swaine['’]?s|article['’]?s|paper['’]?s|piece['’]?s) (?:(?:main|overall|final|first|last|key) )?conclu(?:sions?|ding (?:section|remarks|part|paragraphs?))|bottom line|verdict|(?:the author|swaine|the article|the paper|the piece|he)\s+(?:ultimately\s+|finally\s+|eventually\s+)?conclude[sd]?)\b|(?<!下)结论|结语/i,
  ],
];

/** How each part's section is titled. */
const TITLES: Readonly<Record<Part, RegExp>> = {
  abstract: /^(?:abstract|summary)\b/i,
  introduction: /^introduction\b/i,
  conclusions: /^conclusions?\b/i,
};

/** The parts of the article a question names. */
export function partsNamed(question: string): Part[] {
  return REFERENCES.filter(([, pattern]) => pattern.test(question)).map(([part]) => part);
}

/**
 * Parts named by name ("the abstract", "in the intro", "摘要"), not by a word that may only ask for
 * brevity ("tl;dr", "gist", "summary", "bottom line"): there, and nowhere else, the answer is expected.
 * "Summary" names the part only as "the summary": it is what chat's "tl;dr" reads as, and "tl;dr I
 * didn't finish it, what does ICANN do" asks about ICANN, briefly. (CV by batch on tuning, 20,302:
 * hit1 14,382 → 14,411, excerpt1 14,278 → 14,308, hit3 −1; wrapped in list H’s openers and closers:
 * hit1 11,757 → 11,879.)
 */
export function partsNamedExplicitly(question: string): Part[] {
  return partsNamed(question).filter((part) => EXPLICIT[part].test(question));
}

const EXPLICIT: Readonly<Record<Part, RegExp>> = {
  abstract:
    /\babstract\b|\b(?:the|its|this|article['’]?s|paper['’]?s|piece['’]?s|swaine['’]?s) summary\b(?!\s+of\b)|摘要|概要/i,
  introduction: /\bintro(?:duction|ductory)?\b|引言|导言|前言|文章开头|开头部分/i,
  conclusions: /\bconclu(?:sions?|ding (?:section|remarks|part|paragraphs?))\b|(?<!下)结论|结语/i,
};

/** Is a section, by its title, the part named? */
export function isPart(sectionTitle: string, part: Part): boolean {
  return TITLES[part].test(sectionTitle.trim());
}
