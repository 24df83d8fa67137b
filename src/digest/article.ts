// `/cyberviews digest`: the article section by section, each section's key point as one or two of its
// own sentences. Extractive on purpose: a digest never says what the article does not.

import { contentTerms } from '../search/terms.js';
import type { Article, Paragraph, Sentence } from '../types.js';
import { itemFor } from './extract.js';
import type { Digest, DigestItem } from './types.js';

/** Sentences shorter than this rarely carry a point on their own ("Why?"); longer ones are hard to skim. */
const MIN_SENTENCE = 60;
const MAX_SENTENCE = 450;
/** A short key sentence takes the next one along when both fit in this many characters. */
const PAIR_LIMIT = 420;
const SHORT_SENTENCE = 170;
/** Section openings and summing-up sentences state points; the weights favour them a little. */
const OPENING_BONUS = 0.35;
const SIGNPOST_BONUS = 0.25;
const SIGNPOSTS =
  /\b(?:in sum|in short|overall|in general|this (?:section|essay|article)|the (?:central|key|basic|primary) |most (?:notably|importantly))\b/i;

interface Candidate {
  paragraph: Paragraph;
  sentence: Sentence;
  index: number;
  score: number;
}

/** How often each term occurs in how many paragraphs: the article-wide document frequency. */
function documentFrequency(paragraphs: readonly Paragraph[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const term of new Set(contentTerms(paragraph.text))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}

/** Terms central to a section and distinctive of it: in many of its paragraphs, in few elsewhere. */
function sectionWeights(section: readonly Paragraph[], df: Map<string, number>, total: number) {
  const inSection = new Map<string, number>();
  for (const paragraph of section) {
    for (const term of new Set(contentTerms(paragraph.text)))
      inSection.set(term, (inSection.get(term) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [term, count] of inSection) {
    weights.set(term, (count / section.length) * Math.log(1 + total / (df.get(term) ?? 1)));
  }
  return weights;
}

function scoreSentence(sentence: Sentence, weights: Map<string, number>): number {
  const terms = [...new Set(contentTerms(sentence.text))];
  if (terms.length === 0) return 0;
  const sum = terms.reduce((total, term) => total + (weights.get(term) ?? 0), 0);
  return sum / Math.sqrt(terms.length);
}

/** The section's key point: its best-scoring sentence, with the next one when it is short. */
export function keyPoint(
  article: Article,
  section: readonly Paragraph[],
  df: Map<string, number>,
): DigestItem | undefined {
  // Swaine's own prose states the points; quoted sources and lists illustrate them.
  const own = section.filter((p) => p.kind === 'body' || p.kind === 'abstract');
  const pool = own.length > 0 ? own : section;
  const weights = sectionWeights(section, df, article.paragraphs.length);
  const candidates: Candidate[] = [];
  let best = 0;
  pool.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, index) => {
      const length = sentence.end - sentence.start;
      if (length < MIN_SENTENCE || length > MAX_SENTENCE) return;
      let score = scoreSentence(sentence, weights);
      best = Math.max(best, score);
      if (p === 0 && index === 0) score += OPENING_BONUS * best;
      if (SIGNPOSTS.test(sentence.text)) score += SIGNPOST_BONUS * best;
      candidates.push({ paragraph, sentence, index, score });
    });
  });
  // Earlier sentences win ties: an argument is stated before it is elaborated.
  const chosen = candidates.reduce<Candidate | undefined>(
    (top, candidate) => (top === undefined || candidate.score > top.score ? candidate : top),
    undefined,
  );
  if (!chosen) {
    const paragraph = pool[0];
    const sentence = paragraph?.sentences[0];
    return paragraph && sentence ? itemFor(article.meta, paragraph, sentence.start, sentence.end) : undefined;
  }
  const { paragraph, sentence, index } = chosen;
  const next = paragraph.sentences[index + 1];
  const end =
    sentence.end - sentence.start < SHORT_SENTENCE && next && next.end - sentence.start <= PAIR_LIMIT
      ? next.end
      : sentence.end;
  return itemFor(article.meta, paragraph, sentence.start, end);
}

/** The whole article in one digest: one item per section, in order, each cited. */
export function digestArticle(article: Article): Digest {
  const df = documentFrequency(article.paragraphs);
  const items = article.sections.flatMap((section) => {
    const paragraphs = article.paragraphs.filter((p) => p.sectionIndex === section.index);
    const item = keyPoint(article, paragraphs, df);
    return item ? [item] : [];
  });
  const surname = article.meta.author.split(' ').at(-1) ?? article.meta.author;
  return {
    kind: 'article',
    topic: null,
    title: `${surname} (${article.meta.year}), section by section`,
    items,
  };
}
