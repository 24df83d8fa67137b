// The answer's buttons, clicked as Slack sends them: block_actions form posts with the button's value.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitViolations } from '../fakes/slack/limits.js';
import { ackMessage } from '../fakes/slack/slack.js';
import { type Harness, startHarness } from './harness.js';
import { button, buttons, contexts, excerpts, type Message, visibleText } from './messages.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const QUESTION = 'How do Chinese sources define cybersecurity?';

async function slash(text: string): Promise<Message> {
  return ackMessage(await h.slack.command({ text, responseUrl: h.responses.url() }));
}

/** Clicks a button of an ephemeral answer; returns what arrives at the click's response_url. */
async function click(message: Message, label: string, nth = 0): Promise<{ status: number; reply: Message }> {
  const target = button(message, label, nth);
  const responseUrl = h.responses.url();
  const response = await h.slack.click({ ...target, responseUrl, ephemeral: true });
  return { status: response.status, reply: await h.responses.first(responseUrl) };
}

describe('Share in channel', () => {
  it('posts the same answer for everyone in the channel', async () => {
    const answer = await slash(QUESTION);
    const { status, reply } = await click(answer, 'Share in channel');
    expect(status).toBe(200);
    expect(reply.response_type).toBe('in_channel');
    expect(reply.replace_original).toBe(false);
    expect(excerpts(reply)).toEqual(excerpts(answer));
    expect(contexts(reply).slice(1)).toEqual(contexts(answer).slice(1));
  });

  it('does not offer sharing again on the shared message', async () => {
    const { reply } = await click(await slash(QUESTION), 'Share in channel');
    expect(buttons(reply).map((b) => b.label)).not.toContain('Share in channel');
  });

  it('shares a citation lookup too', async () => {
    const cite = await slash('cite lower-hanging fruit');
    const { reply } = await click(cite, 'Share in channel');
    expect(reply.response_type).toBe('in_channel');
    expect(visibleText(reply)).toContain('lower-hanging fruit');
  });
});

describe('More results', () => {
  it('shows the next passages, only to the asker', async () => {
    const answer = await slash(QUESTION);
    const first = h.core.ask(QUESTION);
    const next = h.core.ask(QUESTION, { offset: first.passages.length });
    expect(next.passages.length).toBeGreaterThan(0);
    const { reply } = await click(answer, 'More results');
    expect(reply.response_type).toBe('ephemeral');
    expect(excerpts(reply)).toHaveLength(next.passages.length);
    const firstLine = contexts(reply)[1] ?? '';
    expect(firstLine).toContain(`¶${next.passages[0]?.paragraph}`);
    expect(contexts(reply)[0]).toContain(
      `passage${next.passages.length > 1 ? 's' : ''} ${first.passages.length + 1}`,
    );
  });

  it('is offered only while the core has more, and a shared page is the page shown', async () => {
    let page = await slash(QUESTION);
    const seen: string[] = [];
    for (let i = 0; i < 10 && buttons(page).some((b) => b.label === 'More results'); i += 1) {
      seen.push(...excerpts(page));
      page = (await click(page, 'More results')).reply;
    }
    seen.push(...excerpts(page));
    expect(buttons(page).map((b) => b.label)).not.toContain('More results');
    // Every passage the core ranks was paged through, each once.
    expect(seen).toHaveLength(h.core.ask(QUESTION).total);
    expect(new Set(seen).size).toBe(seen.length);
    const { reply } = await click(page, 'Share in channel');
    expect(excerpts(reply)).toEqual(excerpts(page));
  });
});

describe('Show full passage', () => {
  it('shows the whole paragraph behind an excerpt, with its citation', async () => {
    const answer = await slash(QUESTION);
    const top = h.core.ask(QUESTION).passages[0];
    if (top === undefined) throw new Error('expected a passage');
    const { reply } = await click(answer, 'Show full passage', 0);
    expect(reply.response_type).toBe('ephemeral');
    const shown = visibleText(reply).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const sentence of top.text.split(/(?<=\.) /).slice(0, 3)) expect(shown).toContain(sentence);
    expect(contexts(reply).join(' ')).toContain(`¶${top.paragraph}`);
    expect(limitViolations(reply)).toEqual([]);
  });

  it('shows the passage of the button clicked, not the first one', async () => {
    const answer = await slash(QUESTION);
    const second = h.core.ask(QUESTION).passages[1];
    if (second === undefined) throw new Error('expected two passages');
    const { reply } = await click(answer, 'Show full passage', 1);
    expect(contexts(reply).join(' ')).toContain(`¶${second.paragraph}`);
  });
});

describe('a stale or tampered button', () => {
  it('gets a short explanation instead of an error', async () => {
    const responseUrl = h.responses.url();
    await h.slack.click({
      actionId: 'cyberviews_more',
      value: '{"q": 42}',
      label: 'More results',
      responseUrl,
      ephemeral: true,
    });
    const reply = await h.responses.first(responseUrl);
    expect(reply.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toMatch(/expired/);
  });

  it('for a passage that does not exist, says so', async () => {
    const responseUrl = h.responses.url();
    await h.slack.click({
      actionId: 'cyberviews_full:p9999',
      value: 'cv1:f:p9999',
      label: 'Show full passage',
      responseUrl,
      ephemeral: true,
    });
    expect(visibleText(await h.responses.first(responseUrl))).toMatch(/not in the article any more/);
  });
});
