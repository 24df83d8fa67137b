import { beforeAll, describe, expect, it } from 'vitest';
import { type Cyberviews, createCyberviews } from '../../src/index.js';
import { withoutMarkup } from '../../src/search/markup.js';

describe('chat markup in a question', () => {
  it('drops Slack, Discord and Markdown emphasis around words, keeping the words', () => {
    expect(withoutMarkup('how **many** ppl work at mandiant')).toBe('how many ppl work at mandiant');
    expect(withoutMarkup('_who_ said it?')).toBe('who said it?');
    expect(withoutMarkup('what ~year~ was it')).toBe('what year was it');
    expect(withoutMarkup('is `cyber sovereignty` defined')).toBe('is cyber sovereignty defined');
    expect(withoutMarkup('what does *Zhong Sheng* say?')).toBe('what does Zhong Sheng say?');
    expect(withoutMarkup('is it ||secret||')).toBe('is it secret');
  });

  it('reads emoji and emoji codes as nothing', () => {
    expect(withoutMarkup('how 🤔 many 👍🏽 soldiers 👨‍💻')).toBe('how many soldiers');
    expect(withoutMarkup('why :thinking_face: does china deny it :pray:')).toBe('why does china deny it');
  });

  it('leaves markers inside words and arithmetic alone', () => {
    expect(withoutMarkup('snake_case_name stays')).toBe('snake_case_name stays');
    expect(withoutMarkup('2*3*4 math')).toBe('2*3*4 math');
    expect(withoutMarkup('the U.S.-China talks, 10:30 today')).toBe('the U.S.-China talks, 10:30 today');
  });

  it('keeps a message that is nothing but markup as typed', () => {
    expect(withoutMarkup('🤔')).toBe('🤔');
  });
});

describe('a question with markup', () => {
  let bot: Cyberviews;
  beforeAll(() => {
    bot = createCyberviews();
  });

  const shown = (question: string) => {
    const answer = bot.ask(question);
    return answer.answered ? answer.passages.map((p) => p.id) : 'refused';
  };

  it('is answered as the same question typed plainly', () => {
    expect(shown('what is *cyber sovereignty*? 🤔')).toEqual(shown('what is cyber sovereignty?'));
    expect(shown('what is *cyber sovereignty*? 🤔')).not.toBe('refused');
  });

  it('is refused when it asks for a count or a date the article never gives, marked up or not', () => {
    expect(shown('how many hackers does the pla employ')).toBe('refused');
    expect(shown('how **many** hackers does the pla employ')).toBe('refused');
    expect(shown('how many 🤔 hackers does the pla employ')).toBe('refused');
    expect(shown('_when_ was icann founded')).toBe('refused');
    expect(shown('what ~year~ did snowden leak prism')).toBe('refused');
  });
});
