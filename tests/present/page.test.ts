// Paging, decided once in the core: how much of a list a message shows and where "More" picks up.

import { describe, expect, it } from 'vitest';
import { answerPage } from '../../adapters/discord/commands/ask.js';
import { replay } from '../../adapters/slack/reply.js';
import { ANSWER_PAGE_SIZE, createCyberviews, nextAnswerPage, paginate } from '../../src/index.js';
import { recordingLogger } from '../slack/harness.js';
import { quietContext } from '../support/discord-context.js';
import { evalQuestions } from '../support/eval-sets.js';

describe('paginate', () => {
  const one = () => 1;

  it('takes items in order while their cost fits the budget, and says where the next page starts', () => {
    expect(paginate(['a', 'b', 'c', 'd', 'e'], one, 2)).toEqual({ items: ['a', 'b'], offset: 0, next: 2 });
    expect(paginate(['a', 'b', 'c', 'd', 'e'], one, 2, 4)).toEqual({
      items: ['e'],
      offset: 4,
      next: undefined,
    });
  });

  it('stops at the first item that does not fit, even when a later one would', () => {
    const sizes = [3, 5, 1];
    expect(paginate(sizes, (size) => size, 6).items).toEqual([3]);
  });

  it('holds every dimension of the budget', () => {
    // [blocks, characters]
    const cost = (text: string) => [2, text.length];
    expect(paginate(['aaaa', 'bbbb', 'cccc'], cost, [10, 8]).next).toBe(2);
    expect(paginate(['a', 'b', 'c', 'd', 'e', 'f'], cost, [10, 100]).next).toBe(5);
  });

  it('always shows one item, however costly, so "More" always moves on', () => {
    expect(paginate(['huge', 'small'], (t) => (t === 'huge' ? 1_000 : 1), 10)).toEqual({
      items: ['huge'],
      offset: 0,
      next: 1,
    });
  });

  it('lets an item cost depend on what is already on the page', () => {
    // A section heading is paid once per run of items from one section.
    const items = [{ s: 'A' }, { s: 'A' }, { s: 'B' }];
    const cost = (item: { s: string }, onPage: readonly { s: string }[]) =>
      onPage.at(-1)?.s === item.s ? 1 : 2;
    expect(paginate(items, cost, 3).items).toHaveLength(2);
    expect(paginate(items, cost, 4).items).toHaveLength(2);
    expect(paginate(items, cost, 5).items).toHaveLength(3);
  });

  it('returns an empty last page past the end', () => {
    expect(paginate([1, 2], one, 5, 2)).toEqual({ items: [], offset: 2, next: undefined });
  });
});

describe('answer pages', () => {
  const core = createCyberviews();

  it('offer a next page exactly while the core ranked more passages than shown', () => {
    const question = 'How do Chinese sources define cybersecurity?';
    const first = core.ask(question, { limit: ANSWER_PAGE_SIZE });
    expect(first.total).toBeGreaterThan(ANSWER_PAGE_SIZE);
    expect(nextAnswerPage(first, 0)).toBe(ANSWER_PAGE_SIZE);
    const lastOffset = Math.floor((first.total - 1) / ANSWER_PAGE_SIZE) * ANSWER_PAGE_SIZE;
    expect(
      nextAnswerPage(core.ask(question, { limit: ANSWER_PAGE_SIZE, offset: lastOffset }), lastOffset),
    ).toBe(undefined);
  });

  it('offer nothing more on a refusal', () => {
    expect(nextAnswerPage(core.ask('how do I bake sourdough bread?'), 0)).toBeUndefined();
  });

  it('are the same on Slack and Discord: the same passages, and More on the same pages', async () => {
    const ctx = quietContext(core);
    const paragraphs = (text: string) => [...text.matchAll(/¶(\d+)/g)].map((m) => m[1]);
    let paged = 0;
    for (const { q } of evalQuestions().slice(0, 40)) {
      for (const offset of [0, ANSWER_PAGE_SIZE]) {
        const slack = await replay(
          core,
          { kind: 'ask', question: q, offset },
          { shareable: false, logger: recordingLogger([]) },
        );
        const discord = answerPage(q, offset, ctx, false);
        const slackMore = JSON.stringify(slack.message).includes('"More results"');
        const discordMore = JSON.stringify(discord.components).includes('"More results"');
        expect(discordMore, `${q} @${offset}`).toBe(slackMore);
        if (slackMore) paged += 1;
        // The passages shown, by paragraph, in order (each platform cites them with ¶).
        const shownSlack = [...new Set(paragraphs(JSON.stringify(slack.message.blocks)))];
        const shownDiscord = [...new Set(paragraphs(JSON.stringify(discord.embeds.map((e) => e.title))))];
        expect(shownDiscord, `${q} @${offset}`).toEqual(shownSlack);
      }
    }
    expect(paged).toBeGreaterThan(5);
  });
});
