import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import type { Article, Paragraph } from '../../src/types.js';

let article: Article;
beforeAll(() => {
  article = loadArticle();
});

const paragraphWith = (snippet: string): Paragraph => {
  const found = article.paragraphs.find((p) => p.text.includes(snippet));
  if (!found) throw new Error(`no paragraph contains "${snippet}"`);
  return found;
};

describe('sections', () => {
  it('are the abstract, the introduction, the four titled sections and the conclusions, in order', () => {
    expect(article.sections.map((s) => s.title)).toEqual([
      'Abstract',
      'Introduction',
      'The Chinese Definition of Cybersecurity and the Challenge It Presents',
      'The Cybersecurity Threat to China Posed by the United States and Other Countries',
      'The Origins and Motives Behind Foreign Cybersecurity Threats',
      'Chinese Preferences for Mitigating Cybersecurity Threats',
      'Conclusions and Observations',
    ]);
  });

  it('cover every paragraph exactly once, in order', () => {
    const covered = article.sections.flatMap((s) => {
      const [first, last] = s.paragraphs;
      return Array.from({ length: last - first + 1 }, (_, i) => first + i);
    });
    expect(covered).toEqual(article.paragraphs.map((p) => p.number));
  });

  it('start the conclusions on page 13 and end the article on page 16', () => {
    expect(article.sections.at(-1)?.pages).toEqual([13, 16]);
  });
});

describe('pages', () => {
  it('treat the running head and the acknowledgement note as furniture, not text', () => {
    const all = article.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toContain('Swaine, China Leadership Monitor, no. 42');
    expect(all).not.toContain('Audrye Wong');
  });

  it('keep the acknowledgement note apart, whole, with the page it stands on', () => {
    expect(article.acknowledgement).toEqual({
      text: 'I am greatly indebted to Audrye Wong for her invaluable assistance in the preparation of this article.',
      page: 1,
    });
  });

  it('begin page 2 at the running head', () => {
    expect(paragraphWith('Thus far, however, little progress').pages).toEqual([2, 2]);
  });

  it('keep a paragraph that runs across a page break as one paragraph, spanning both pages', () => {
    const p = paragraphWith('introduce the concept of sovereign “virtual territory”');
    expect(p.pages).toEqual([3, 4]);
    expect(p.pageBreaks).toHaveLength(1);
    expect(p.text.slice(p.pageBreaks[0]?.offset)).toMatch(/^sovereign “virtual territory”/);
  });
});

describe('paragraphs', () => {
  it('make the first paragraph the abstract', () => {
    const first = article.paragraphs[0];
    expect(first?.kind).toBe('abstract');
    expect(first?.text).toMatch(/^In recent months, the issue of cybersecurity.*economic purposes\.$/);
  });

  it('match the publisher’s own paragraph breaks in the introduction', () => {
    const page = readFileSync(join(defaultCorpusDir(), 'carnegie-page.txt'), 'utf8');
    const intro = article.paragraphs.filter((p) => p.section === 'Introduction' && p.kind !== 'list');
    const web = page
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter((block) => intro.some((p) => p.text.startsWith(block.slice(0, 40))));
    expect(web).toHaveLength(intro.length);
    for (const [i, block] of web.entries()) expect(intro[i]?.text.slice(-30)).toBe(block.slice(-30));
  });

  it('set the "four basic aspects" apart as a list', () => {
    const list = paragraphWith('The Definition of Cybersecurity and the Challenge It Presents');
    expect(list.kind).toBe('list');
    expect(list.text).toMatch(/Chinese Preferences for Mitigating Cybersecurity Threats$/);
  });

  it('set indented block quotes apart, with the sentence that introduces them', () => {
    const quote = paragraphWith('The Chinese Government always opposes and strictly prohibits');
    expect(quote.kind).toBe('blockquote');
    expect(quote.leadIn).toMatch(/authoritative Chinese sources repeatedly declare:$/);
    expect(quote.sourceKinds).toContain('authoritative');
  });

  it('keep the two Foreign Ministry statements joined by "and" as two block quotes', () => {
    const first = paragraphWith('China stands ready to work with the international community');
    const second = paragraphWith('The United Nations, we believe, is the most appropriate forum');
    expect([first.kind, second.kind]).toEqual(['blockquote', 'blockquote']);
    expect(second.number).toBe(first.number + 1);
  });

  it('have stable ids from their numbers', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual(article.paragraphs.map((p) => `p${p.number}`));
  });
});

describe('footnote markers', () => {
  it('are exactly 1–85, each found once, in reading order', () => {
    const notes = article.paragraphs.flatMap((p) => p.notes);
    expect(notes).toEqual(Array.from({ length: 85 }, (_, i) => i + 1));
  });

  it('record the page each marker stands on', () => {
    const pages = Object.fromEntries(article.markers.slice(1).map((m) => [m.note, m.page]));
    expect(pages).toMatchObject({
      1: 1,
      4: 1,
      5: 2,
      11: 3,
      14: 4,
      23: 5,
      24: 5,
      32: 6,
      51: 9,
      54: 9,
      60: 10,
    });
    expect(pages).toMatchObject({ 71: 12, 81: 13, 84: 15, 85: 15 });
  });

  it('are removed from the text, leaving the punctuation they were glued to', () => {
    const p = paragraphWith('Strategic and Economic Dialogue (S&ED)');
    expect(p.text).toContain('(S&ED), with the first Bilateral');
    expect(p.notes).toEqual([3, 4]);
  });

  it('are told apart from numbers that belong to the text', () => {
    expect(paragraphWith('PLA Unit 61398').text).toContain('PLA Unit 61398, based near Shanghai');
    expect(paragraphWith('13 so-called root servers').text).toContain('of the 13 so-called root servers');
    expect(paragraphWith('on 8 July').text).toMatch(/on 8 July\.$/);
  });

  it('point into the clean text just after the word they follow', () => {
    const marker = article.markers[41];
    const p = article.paragraphs.find((x) => x.number === marker?.paragraph);
    expect(p?.text.slice(0, marker?.offset)).toMatch(/cyberspace\.”$/);
  });
});

describe('sentences and quotations', () => {
  it('do not end sentences at "U.S." or "D.C."', () => {
    const p = paragraphWith('held in Washington D.C. on 8 July');
    expect(p.sentences.some((s) => s.text.endsWith('D.C.'))).toBe(false);
    expect(p.sentences.at(-1)?.text).toMatch(/^In response to the importance/);
  });

  it('attribute inline quotations to the speaker the text names', () => {
    const speakerOf = (snippet: string) =>
      article.paragraphs.flatMap((p) => p.quotations).find((q) => q.text.includes(snippet))?.speaker;
    expect(speakerOf('transnational and anonymous; it involves multiple fields')).toBe('Zhong Sheng');
    expect(speakerOf('taking a double standard on cyber security')).toBe('Hua Chunying');
    expect(speakerOf('there are different social systems in the world')).toBe('Yang Jiechi');
    expect(speakerOf('display its fist of hegemony everywhere')).toBe('Wu Jianguo');
    expect(speakerOf('the Chinese Internet industry is running in the hands')).toBe('Hu Yanping');
    expect(speakerOf('lower-hanging fruit')).toBe("People's Daily");
    expect(speakerOf('solely seize the hegemonic status')).toBe('Liberation Army Daily');
  });

  it('attribute block quotes from their lead-in', () => {
    const quote = paragraphWith('certain countries are now speeding up the development of cyber war forces');
    expect(quote.quotations[0]).toMatchObject({ block: true, speaker: 'Zhong Sheng' });
    const paper = paragraphWith('protect national maritime rights and interests');
    expect(paper.quotations[0]?.speaker).toBe('Defense White Paper 2012');
  });
});

describe('source kinds', () => {
  it('label what kinds of Chinese source a paragraph discusses', () => {
    expect(
      paragraphWith('Quasi-authoritative sources are more direct in their criticism').sourceKinds,
    ).toEqual(['quasi-authoritative']);
    expect(
      paragraphWith('many nonauthoritative sources, both civilian and especially military').sourceKinds,
    ).toEqual(expect.arrayContaining(['non-authoritative', 'military', 'civilian']));
    expect(
      paragraphWith('In fact, many authoritative, quasi-authoritative, and non-authoritative').sourceKinds,
    ).toEqual(expect.arrayContaining(['authoritative', 'quasi-authoritative', 'non-authoritative']));
  });
});

describe('source kinds, in context', () => {
  it('do not read ICANN’s “nongovernmental entities” as a kind of Chinese source', () => {
    expect(
      loadArticle().paragraphs.find((p) => p.text.includes('nongovernmental and governmental entities'))
        ?.sourceKinds,
    ).not.toContain('non-authoritative');
  });

  it('read “nongovernmental (i.e., non-authoritative) Chinese sources” as non-authoritative', () => {
    expect(
      loadArticle().paragraphs.find((p) => p.text.includes('no nongovernmental (i.e., non-authoritative)'))
        ?.sourceKinds,
    ).toContain('non-authoritative');
  });
});
