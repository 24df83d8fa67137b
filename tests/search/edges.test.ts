import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { edgeReadings } from '../../src/search/edges.js';

// A stand-in for the article's judgement: these words name its subject, and "?" marks a question.
const SUBJECT = /\b(?:icann|root servers?|pla|blue team|code of conduct|un)\b/i;
const names = (text: string) => SUBJECT.test(text);
const isChat = (chunk: string) => !SUBJECT.test(chunk) && !/\b(?:what|who|how|why|when|which)\b/i.test(chunk);

describe('edgeReadings', () => {
  it('leaves out talk before and after the question, fewest words first', () => {
    const readings = edgeReadings('what was the icann origin? short answer pls', isChat, names);
    expect(readings).toEqual(['what was the icann origin? short answer', 'what was the icann origin']);
    expect(
      edgeReadings('hi there! what does icann do per the article have a great day!', isChat, names),
    ).toContain('what does icann do per the article');
  });

  it('cuts where a change of script, a break or "and" ends the talk', () => {
    expect(edgeReadings('急！ what did china and russia send the un', isChat, names)).toEqual([
      'what did china and russia send the un',
    ]);
    expect(
      edgeReadings('currently writing up my notes and icann control over the internet pls', isChat, names),
    ).toContain('icann control over the internet pls');
  });

  it('never cuts a preposition from its object, nor a question mark from its question', () => {
    expect(edgeReadings('who heads the pla blue team on his trip', isChat, names)).toEqual([]);
    expect(edgeReadings('how old is icann? what year was it set up', isChat, names)).toEqual([]);
  });

  it('never leaves out more than remains: a question of its own is not talk around one', () => {
    expect(
      edgeReadings('playing the pla advocate - anyone know good pizza near campus lol', isChat, names),
    ).toEqual([]);
  });

  it('offers nothing when what would remain names nothing the article knows', () => {
    expect(edgeReadings('hey team, best pizza in town? thx', isChat, names)).toEqual([]);
  });
});

describe('a question refused as typed is read again without the chat at its edges', () => {
  const core = createCyberviews();
  const first = (question: string) => core.ask(question).passages[0]?.id;

  it('answers what the question alone is answered with', () => {
    for (const [wrapped, bare] of [
      [
        '打擾大家🙏 what content does he say is illegal pretty much everywhere 用簡單嘅說法就得，唔該',
        'what content does he say is illegal pretty much everywhere',
      ],
      [
        'currently writing up my notes and LAD on us trying to own cyberspace pls',
        'LAD on us trying to own cyberspace',
      ],
    ] as const) {
      expect(core.ask(wrapped).answered, wrapped).toBe(true);
      expect(first(wrapped), wrapped).toBe(first(bare));
    }
  });

  it('still refuses what the article does not cover, however it is wrapped', () => {
    for (const question of [
      'hey team, capital of France? thx',
      'playing devil’s advocate - anyone know good pizza near campus lol then I’ll stop',
      'hopefully the last one: best pizza place near campus lol correct me if I’m wrong',
      'just to confirm, anyone know a good ramen place near the office pls cite the section and page',
    ]) {
      expect(core.ask(question).answered, question).toBe(false);
    }
  });
});
