import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { toSimplified } from '../../src/search/simplified.js';

describe('traditional Chinese', () => {
  it('is read in simplified characters, Taiwan’s own words included', () => {
    expect(toSimplified('國防部對駭客怎麼說')).toBe('国防部对黑客怎么说');
    expect(toSimplified('軟體和網路')).toBe('软件和网络');
  });

  it('reads Taiwan’s words in a traditional question even where their characters are simplified too', () => {
    // 伺服器 (server) is written the same in both scripts; the question around it is traditional.
    expect(toSimplified('13台根伺服器 中方說幾台在美國')).toBe('13台根服务器 中方说几台在美国');
    expect(toSimplified('根伺服器')).toBe('根伺服器');
  });

  it('leaves simplified Chinese and every other script exactly as typed', () => {
    // The phrase table would make the mainland's own 建立 (establish) into 创建.
    expect(toSimplified('建立国际网络规则的最大障碍是什么')).toBe('建立国际网络规则的最大障碍是什么');
    expect(toSimplified('what is cyber sovereignty? société')).toBe('what is cyber sovereignty? société');
  });

  it('finds what the same question in simplified characters finds', () => {
    const core = createCyberviews();
    const first = (question: string) => {
      const answer = core.ask(question);
      expect(answer.answered).toBe(true);
      return answer.passages[0]?.id;
    };
    expect(first('網絡主權是什麼')).toBe(first('网络主权是什么'));
    expect(first('國防部對駭客怎麼說')).toBe(first('国防部对黑客怎么说'));
  });
});
