// Digests are extracts: every item is the article's own text, cited where it stands.

import { describe, expect, it } from 'vitest';
import { digestArticle } from '../../src/digest/article.js';
import { readingDigest, readingParts } from '../../src/digest/reading.js';
import { digestTopic } from '../../src/digest/topic.js';
import type { DigestItem } from '../../src/digest/types.js';
import { createCyberviews, formatCitation } from '../../src/index.js';
import type { Paragraph } from '../../src/types.js';

const core = createCyberviews();
const { article } = core;
const byNumber = new Map(article.paragraphs.map((p) => [p.number, p]));

function paragraphOf(item: DigestItem): Paragraph {
  const paragraph = byNumber.get(item.paragraph);
  if (!paragraph) throw new Error(`no paragraph ${item.paragraph}`);
  return paragraph;
}

/** The item's text stands verbatim in its paragraph, and its citation names where. */
function expectExtractedAndCited(item: DigestItem): void {
  const paragraph = paragraphOf(item);
  const at = paragraph.text.indexOf(item.text);
  expect(at, item.text).toBeGreaterThanOrEqual(0);
  expect(item.section).toBe(paragraph.section);
  expect(item.pages[0]).toBeGreaterThanOrEqual(paragraph.pages[0]);
  expect(item.pages[1]).toBeLessThanOrEqual(paragraph.pages[1]);
  expect(item.page).toBe(item.pages[0]);
  const inside = paragraph.markers
    .filter((m) => m.offset > at && m.offset <= at + item.text.length)
    .map((m) => m.note);
  expect(item.notes).toEqual(inside);
  expect(item.citation).toBe(
    formatCitation(article.meta, { pages: item.pages, paragraph: item.paragraph, notes: item.notes }),
  );
  expect(item.sourceKinds).toEqual(paragraph.sourceKinds);
}

describe('digestArticle', () => {
  const digest = digestArticle(article);

  it('has one item per section, in the article’s order', () => {
    expect(digest.items.map((i) => i.section)).toEqual(article.sections.map((s) => s.title));
  });

  it('quotes each section’s key point verbatim, with its citation', () => {
    for (const item of digest.items) expectExtractedAndCited(item);
  });

  it('takes one or two whole sentences of the section’s own paragraphs', () => {
    for (const item of digest.items) {
      const paragraph = paragraphOf(item);
      const sentences = paragraph.sentences.filter(
        (s) =>
          s.start >= paragraph.text.indexOf(item.text) &&
          s.end <= paragraph.text.indexOf(item.text) + item.text.length,
      );
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(sentences.map((s) => s.text).join(' ')).toBe(item.text);
    }
  });
});

describe('digestTopic', () => {
  it('groups the key passages by section, in article order', () => {
    const digest = digestTopic(core, 'double standard');
    expect(digest.items.length).toBeGreaterThan(1);
    const paragraphs = digest.items.map((i) => i.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    const sections = digest.items.map((i) => i.sectionIndex);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
  });

  it('labels each passage with the kinds of Chinese source its paragraph reports', () => {
    const digest = digestTopic(core, 'double standard');
    for (const item of digest.items) expectExtractedAndCited(item);
    // ¶37 sets authoritative, quasi- and non-authoritative sources side by side on the charge.
    const p37 = digest.items.find((i) => i.paragraph === 37);
    expect(p37?.sourceKinds).toEqual(['authoritative', 'quasi-authoritative', 'non-authoritative']);
    expect(digest.items.some((i) => i.sourceKinds.includes('military'))).toBe(true);
  });

  it('quotes whole sentences even where the answer’s excerpt was cut', () => {
    for (const topic of ['ICANN', 'cyber sovereignty', 'Internet freedom', 'PLA', 'Snowden']) {
      for (const item of digestTopic(core, topic).items) {
        expectExtractedAndCited(item);
        expect(item.text).not.toMatch(/…/);
      }
    }
  });

  it('says the article has nothing on an uncovered topic, and suggests covered ones', () => {
    const digest = digestTopic(core, 'quantum computing');
    expect(digest.items).toEqual([]);
    expect(digest.message).toMatch(/nothing on “quantum computing”/);
    expect(digest.suggestions?.length).toBeGreaterThan(0);
    for (const suggestion of digest.suggestions ?? []) expect(core.ask(suggestion).answered).toBe(true);
  });
});

describe('reading digests', () => {
  const parts = readingParts(article);

  it('cut the whole article into parts that never cross a section', () => {
    expect(parts[0]?.first).toBe(1);
    expect(parts.at(-1)?.last).toBe(article.paragraphs.length);
    parts.forEach((part, i) => {
      if (i > 0) expect(part.first).toBe((parts[i - 1]?.last ?? 0) + 1);
      expect(byNumber.get(part.first)?.sectionIndex).toBe(byNumber.get(part.last)?.sectionIndex);
    });
  });

  it('walk through the article, each part leading to the next, then start over', () => {
    let next = 1;
    const read: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const digest = readingDigest(article, next);
      expect(digest.part?.number).toBe(i + 1);
      read.push(...digest.items.map((item) => item.paragraph));
      for (const item of digest.items) expect(item.text).toBe(paragraphOf(item).text);
      next = digest.part?.nextParagraph ?? 0;
    }
    expect(read).toEqual(article.paragraphs.map((p) => p.number));
    expect(next).toBe(1);
  });
});
