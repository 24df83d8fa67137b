import { beforeAll, describe, expect, it } from 'vitest';
import { onePerPassage, passageParagraphs, passageQuotations } from '../../src/answer/passage.js';
import { createCyberviews } from '../../src/index.js';
import type { Paragraph } from '../../src/types.js';

let core: ReturnType<typeof createCyberviews>;
const paragraph = (id: string): Paragraph => {
  const found = core.article.paragraphs.find((p) => p.id === id);
  if (!found) throw new Error(`no paragraph ${id}`);
  return found;
};
beforeAll(() => {
  core = createCyberviews();
});

describe('a paragraph ending on a colon and the block it introduces', () => {
  it('are one passage, whichever of the two is asked for', () => {
    expect(passageParagraphs(core.article, paragraph('p7')).map((p) => p.id)).toEqual(['p7', 'p8']);
    expect(passageParagraphs(core.article, paragraph('p8')).map((p) => p.id)).toEqual(['p7', 'p8']);
    expect(passageParagraphs(core.article, paragraph('p18')).map((p) => p.id)).toEqual(['p17', 'p18']);
  });

  it('keep the items of a list apart, so the headings do not read as one run-on title', () => {
    expect(paragraph('p8').text).toContain('Challenge It Presents; The Cybersecurity Threat Posed');
    expect(paragraph('p8').text.split('; ')).toHaveLength(4);
  });

  it('leave every other paragraph a passage of its own', () => {
    expect(passageParagraphs(core.article, paragraph('p10')).map((p) => p.id)).toEqual(['p10']);
    expect(passageParagraphs(core.article, paragraph('p19')).map((p) => p.id)).toEqual(['p19']);
  });

  it('are shown with both texts and cited as a range of paragraphs', () => {
    const passage = core.passage('p8');
    expect(passage?.id).toBe('p7');
    expect(passage?.paragraphs).toEqual([7, 8]);
    expect(passage?.text).toContain('four basic aspects of the issue: The Definition of Cybersecurity');
    expect(passage?.citation).toMatch(/, ¶7–8$/);
  });

  it('answer "what are the four aspects" with the lead-in and its list, shown once', () => {
    const answer = core.ask('what are the 4 aspects of chinese thinking the article covers');
    const first = answer.passages[0];
    expect(first?.paragraphs).toEqual([7, 8]);
    expect(first?.excerpt).toContain('four basic aspects of the issue: The Definition of Cybersecurity');
    expect(answer.passages.filter((p) => p.paragraph === 8 || p.paragraphs[1] === 8)).toHaveLength(1);
  });

  it('give a quotation its lead-in: who declares it stands before what is declared', () => {
    const answer = core.ask('what do authoritative sources declare about hackers');
    const shown = answer.passages.find((p) => p.paragraphs[1] === 18);
    expect(shown?.text.startsWith(paragraph('p17').text)).toBe(true);
    expect(shown?.excerpt).toMatch(/repeatedly declare: The Chinese Government always opposes/);
  });

  it('keep the quotations of both at their places in the joined text', () => {
    const quotations = passageQuotations(core.article, 'p17');
    const text = core.passage('p17')?.text ?? '';
    expect(quotations.length).toBeGreaterThan(0);
    for (const q of quotations) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('are listed once among the paragraphs of a part', () => {
    const ids = onePerPassage(core.article, core.article.paragraphs, (p) => p).map((p) => p.id);
    expect(ids).toContain('p7');
    expect(ids).not.toContain('p8');
    expect(ids).toContain('p9');
  });
});
