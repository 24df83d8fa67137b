// Escaping user and article text for Discord markdown, and bolding the matched words.

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../adapters/discord/limits.js';
import { pageFromEmbeds } from '../../adapters/discord/render/answer.js';
import { escapeMarkdown, renderHighlighted } from '../../adapters/discord/render/markdown.js';
import { buttonId } from '../../adapters/discord/render/reply.js';
import { decodeAction, encodeQuestionAction, mergeHighlights } from '../../src/index.js';

const decodeButton = decodeAction;
const moreResultsId = (question: string, offset: number) =>
  encodeQuestionAction(
    (q) => ({ kind: 'more', replay: { kind: 'ask', question: q, offset } }),
    question,
    LIMITS.customId,
  );
const questionFromEmbeds = (embeds: Parameters<typeof pageFromEmbeds>[0]) => pageFromEmbeds(embeds)?.question;

describe('escapeMarkdown', () => {
  it('keeps formatting characters literal', () => {
    expect(escapeMarkdown('*bold* _it_ ~~s~~ `code` ||spoiler||')).toBe(
      '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|',
    );
  });

  it('breaks masked links and mention syntax', () => {
    expect(escapeMarkdown('[x](https://e.example) <@123> @everyone')).toBe(
      '\\[x\\](https://e.example) \\<\\@123> \\@everyone',
    );
  });

  it('escapes line-start quotes, headings and list markers', () => {
    expect(escapeMarkdown('> quote\n# head\n- item\n1. first')).toBe(
      '\\> quote\n\\# head\n\\- item\n1\\. first',
    );
  });

  it('escapes each character on its own, so escaped pieces stay literal when joined', () => {
    // discord.js's escapeMarkdown leaves a lone `|` alone: joined, two pieces would open a spoiler.
    expect(escapeMarkdown('a|') + escapeMarkdown('|b')).toBe('a\\|\\|b');
    expect(escapeMarkdown('a~') + escapeMarkdown('~b')).toBe('a\\~\\~b');
  });

  it('escapes a backslash so it cannot escape what follows', () => {
    expect(escapeMarkdown('a\\*')).toBe('a\\\\\\*');
  });
});

describe('renderHighlighted', () => {
  const text = 'the notion of “cyber sovereignty” should constitute a key principle';

  it('bolds each highlight', () => {
    expect(renderHighlighted(text, [{ start: 15, end: 32 }], 500)).toBe(
      'the notion of “**cyber sovereignty**” should constitute a key principle',
    );
  });

  it('merges overlapping highlights and ignores out-of-range ones', () => {
    const spans = [
      { start: 21, end: 32 },
      { start: 15, end: 25 },
      { start: 900, end: 950 },
    ];
    expect(mergeHighlights(text, spans)).toEqual([{ start: 15, end: 32 }]);
  });

  it('keeps whitespace out of the bold', () => {
    expect(renderHighlighted(text, [{ start: 13, end: 21 }], 500)).toContain('of **“cyber** sovereignty');
  });

  it('joins highlights that only spaces part into one bold phrase', () => {
    const spans = [
      { start: 15, end: 20 },
      { start: 21, end: 32 },
      { start: 41, end: 51 },
    ];
    expect(renderHighlighted(text, spans, 500)).toBe(
      'the notion of “**cyber sovereignty**” should **constitute** a key principle',
    );
  });

  it('cuts at a word boundary and keeps bold paired', () => {
    const out = renderHighlighted(text, [{ start: 15, end: 32 }], 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out.endsWith('…')).toBe(true);
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('button ids and the recorded question', () => {
  it('are the core’s action state', () => {
    expect(buttonId({ kind: 'full', passage: 'p19' })).toBe('cv1:f:p19');
    expect(decodeButton('cv1:a:cyber sovereignty')).toEqual({ kind: 'ask', question: 'cyber sovereignty' });
  });

  it('hold a question when it fits 100 characters, and refer to the footer when it does not', () => {
    expect(moreResultsId('what is cyber sovereignty', 3)).toBe('cv1:mq:3:what is cyber sovereignty');
    expect(moreResultsId('x'.repeat(100), 3)).toBe('cv1:mq-:3:');
  });

  it('refuse ids that would pass 100 characters, and foreign or old ids', () => {
    expect(buttonId({ kind: 'ask', question: 'x'.repeat(100) })).toBeUndefined();
    expect(decodeButton('cv:more:3')).toBeUndefined();
    expect(decodeButton('other:thing')).toBeUndefined();
  });

  it('recover the question exactly from an answer footer, markdown and all', () => {
    const question = 'is *this* <@1> “cyber sovereignty” · asked: twice?';
    expect(questionFromEmbeds([{}, { footer: { text: `Results 4–6 · asked: ${question}` } }])).toBe(question);
  });
});
