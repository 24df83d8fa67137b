import { beforeAll, describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';

describe('excerpts for questions asking for concrete instances', () => {
  let core: ReturnType<typeof createCyberviews>;
  beforeAll(() => {
    core = createCyberviews();
  });

  it('show the sentence that gives them ("Specifically, …") rather than the one restating the question', () => {
    const answer = core.ask('give me specific examples of cooperation the two countries should pursue');
    expect(answer.passages[0]?.excerpt).toMatch(/^Specifically, according to one authoritative source/);
    expect(answer.passages[0]?.excerpt).toMatch(/judicial assistance/);
  });

  it('keep the sentence with the most evidence when no instance is asked for', () => {
    const answer = core.ask('What do authoritative sources say about working bilaterally?');
    expect(answer.passages[0]?.excerpt).toMatch(/^As a major part of this undertaking/);
  });
});
