import { beforeAll, describe, expect, it } from 'vitest';
import { type Cyberviews, createCyberviews } from '../../src/index.js';

let core: Cyberviews;
beforeAll(() => {
  core = createCyberviews();
});

describe('a question asking what the article says of something it names', () => {
  it('is answered by the passage naming it, though questions asking what that party said went unanswered', () => {
    for (const question of [
      'what does the article say about Russia',
      'what does swaine say about Uzbekistan?',
      'what does the article say about the Strategic and Economic Dialogue',
    ]) {
      const answer = core.ask(question);
      expect(answer.answered, question).toBe(true);
    }
    expect(core.ask('what does the article say about Russia').passages[0]?.paragraph).toBe(68);
  });

  it('is still refused when it asks more of it than the article states, or what the party itself said', () => {
    for (const question of [
      "What does the article say about Russia's own military cyber doctrine?",
      'does swaine say anything abt russia’s cyberattacks on ukraine',
      'what did russia say about the code of conduct',
      'what does the article say about Huawei',
    ])
      expect(core.ask(question).answered, question).toBe(false);
  });
});
