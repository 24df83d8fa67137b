import { describe, expect, it } from 'vitest';
import { createCyberviews, warmUp } from '../../src/index.js';

const QUESTIONS = [
  'what are the 4 aspects of chinese thinking the article covers',
  'hey all, quick q: does china admit to hacking? thx',
  'when was ICANN founded',
  '钟声是谁',
];

describe('warming up a core before the first user asks', () => {
  it('asks every suggested question and questions of other shapes', () => {
    const asked: string[] = [];
    const core = createCyberviews();
    const spy = {
      suggestedQuestions: core.suggestedQuestions,
      ask: (q: string) => {
        asked.push(q);
        return core.ask(q);
      },
    };
    expect(warmUp(spy)).toBe(asked.length);
    expect(asked).toEqual(expect.arrayContaining([...core.suggestedQuestions]));
    expect(asked.some((q) => /\p{Script=Han}/u.test(q))).toBe(true);
    expect(asked.map((q) => core.ask(q).answered)).toContain(false);
  });

  it('changes no answer: a warmed core answers as a fresh one does', () => {
    const fresh = createCyberviews();
    const before = QUESTIONS.map((q) => fresh.ask(q));
    const warmed = createCyberviews();
    warmUp(warmed);
    expect(QUESTIONS.map((q) => warmed.ask(q))).toEqual(before);
  });
});
