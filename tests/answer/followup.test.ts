// Follow-ups read against what the bot showed last: a few fixed forms, everything else a fresh question.

import { describe, expect, it } from 'vitest';
import { answerFollowUp, readFollowUp, type Shown, shownBy } from '../../src/answer/followup.js';
import { createCyberviews } from '../../src/index.js';

const core = createCyberviews();
const shownFor = (question: string): Shown => {
  const shown = shownBy(core.ask(question, { limit: 3 }), 0);
  if (!shown) throw new Error(`the core does not answer “${question}”`);
  return shown;
};

describe('readFollowUp', () => {
  it.each([
    ['What page is that on?', 'page'],
    ['which page is it on', 'page'],
    ['ok, and what page is that on, please?', 'page'],
    ['page?', 'page'],
    ['Who said it?', 'speaker'],
    ['who said that', 'speaker'],
    ['whose words are those?', 'speaker'],
    ['cite it', 'citation'],
    ['how do I cite that?', 'citation'],
    ["what's the source", 'citation'],
    ['which note is that?', 'citation'],
    ['more', 'more'],
    ['More please', 'more'],
    ['the next one', 'more'],
    ['next', 'more'],
    ['show me the full passage', 'full'],
    ['whole paragraph', 'full'],
  ] as const)('reads “%s” as %s', (text, form) => {
    expect(readFollowUp(text)).toBe(form);
  });

  it.each([
    'what is cyber sovereignty',
    'who runs the DNS',
    'what page does the article discuss the PLA on',
    'who said the US is hypocritical about cyber espionage',
    'more about Hua Chunying',
    '',
  ])('leaves “%s” a fresh question', (text) => {
    expect(readFollowUp(text)).toBeUndefined();
  });
});

describe('answerFollowUp', () => {
  it('says what page the top passage shown last is on, from that passage, not from a search for “that”', () => {
    const shown = shownFor('what is cyber sovereignty');
    const reply = answerFollowUp(core, 'page', shown);
    expect(reply.kind).toBe('detail');
    if (reply.kind !== 'detail') return;
    const top = core.ask('what is cyber sovereignty').passages[0];
    expect(reply.passage.id).toBe(shown.passages[0]);
    expect(reply.passage.excerpt).toBe(top?.excerpt);
    expect(reply.message).toContain('pages 3–4');
    expect(reply.message).toContain(`paragraph ${top?.paragraph}`);
  });

  it('places the acknowledgement note as the note it is, not as a paragraph, and shows it in full', () => {
    const shown = shownFor('who did swaine thank for helping w the article');
    const page = answerFollowUp(core, 'page', shown);
    expect(page.kind === 'detail' && page.message).toBe(
      'That passage is on page 1 of the article (the acknowledgement note (*) at the foot of the page).',
    );
    const full = answerFollowUp(core, 'full', shown);
    expect(full.kind === 'full' && full.passage.text).toContain('indebted to Audrye Wong');
    const cite = answerFollowUp(core, 'citation', shown);
    expect(cite.kind === 'detail' && cite.message).toMatch(/, p\. 1, n\. \*$/);
  });

  it('names who the passage quotes, with their words', () => {
    const reply = answerFollowUp(core, 'speaker', shownFor('what did Hua Chunying say about hacking'));
    expect(reply.kind === 'detail' && reply.message).toMatch(
      /^The passage quotes Hua Chunying: “taking a double standard/,
    );
  });

  it('says when no one is quoted: the author’s own account, with its notes', () => {
    const reply = answerFollowUp(core, 'speaker', shownFor('what is cyber sovereignty'));
    expect(reply.kind === 'detail' && reply.message).toBe(
      'No one is quoted there: it is Michael D. Swaine’s own account (sources in nn. 14–15).',
    );
  });

  it('gives the citation of the passage shown', () => {
    const shown = shownFor('who runs the DNS');
    const reply = answerFollowUp(core, 'citation', shown);
    expect(reply.kind === 'detail' && reply.message).toBe(
      `Cite it as: ${core.passage(shown.passages[0] ?? '')?.citation}`,
    );
  });

  it('continues with the next page and remembers it, then says when there is nothing more', () => {
    const first = shownFor('what is cyber sovereignty');
    const reply = answerFollowUp(core, 'more', first);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    const expected = core.ask('what is cyber sovereignty', { offset: 3, limit: 3 });
    expect(reply.shown.passages).toEqual(expected.passages.map((p) => p.id));
    expect(reply.shown.offset).toBe(3);
    const last = answerFollowUp(core, 'more', { ...reply.shown, next: null });
    expect(last).toMatchObject({ kind: 'notice' });
  });

  it('shows the whole paragraph behind the passage', () => {
    const shown = shownFor('who runs the DNS');
    const reply = answerFollowUp(core, 'full', shown);
    expect(reply.kind === 'full' && reply.passage.text).toBe(core.passage(shown.passages[0] ?? '')?.text);
  });

  it('says so when the memory names a passage the article no longer has', () => {
    const reply = answerFollowUp(core, 'page', {
      question: 'zzz',
      offset: 0,
      passages: ['p9999'],
      next: null,
    });
    expect(reply.kind).toBe('notice');
  });
});

describe('help', () => {
  it('describes follow-ups and votes, and help on asking includes how to go on', async () => {
    const { help } = await import('../../src/commands/help.js');
    const all = JSON.stringify(help());
    expect(all).toContain('what page is that on?');
    expect(all).toContain('👍 / 👎');
    expect(JSON.stringify(help('ask'))).toContain('Follow-ups');
  });
});
