import { beforeAll, describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';

let core: ReturnType<typeof createCyberviews>;
beforeAll(() => {
  core = createCyberviews();
});

describe('a page of the article asked for', () => {
  it('is answered by the passages on that page, in the article’s order', () => {
    for (const question of ["what's on page 12", 'page 12?', 'show me p. 12']) {
      const answer = core.ask(question, { limit: 10 });
      expect(answer.answered, question).toBe(true);
      expect(answer.passages.length, question).toBeGreaterThan(0);
      for (const p of answer.passages) expect(p.pages[0] <= 12 && 12 <= p.pages[1], question).toBe(true);
      const order = answer.passages.map((p) => p.paragraph);
      expect(order, question).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('outside the article is refused with the pages it has and where to look instead', () => {
    const answer = core.ask("what's on page 40");
    expect(answer.answered).toBe(false);
    const text = JSON.stringify(answer.message);
    expect(text).toContain('page 1 to page 16');
    expect(text).toContain('sections');
  });

  it('is not read into a question about a subject that names a page', () => {
    expect(core.ask('what does swaine say on page 5 about ICANN').passages[0]?.id).not.toBe(
      core.ask("what's on page 5").passages[0]?.id,
    );
  });
});
