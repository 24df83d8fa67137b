// A digest post says the same words on every platform: which items a page shows, and the recap's lines.

import { describe, expect, it } from 'vitest';
import {
  renderDigest as discordDigest,
  renderScheduledPost as discordPost,
} from '../../adapters/discord/render/digest.js';
import {
  renderDigest as slackDigest,
  renderScheduledPost as slackPost,
} from '../../adapters/slack/render/digest.js';
import {
  createCyberviews,
  type Digest,
  digestItemsLabel,
  NOTHING_ON_IT,
  omittedQuestionsLine,
  type ScheduledPost,
} from '../../src/index.js';

const core = createCyberviews();
const url = core.about.meta.url;
const result = core.run({ kind: 'digest' });
const digest = result.kind === 'digest' ? result.digest : ({ items: [] } as unknown as Digest);

describe('digest words', () => {
  it('counts items from one: "Items 1–6 of 20"', () => {
    expect(digestItemsLabel(0, 6, 20)).toBe('Items 1–6 of 20');
    expect(digestItemsLabel(6, 12, 20)).toBe('Items 7–12 of 20');
  });

  it('says how many earlier questions the recap left out, in the singular for one', () => {
    expect(omittedQuestionsLine(1)).toBe('…and 1 earlier question.');
    expect(omittedQuestionsLine(3)).toBe('…and 3 earlier questions.');
  });

  it('a page of two items out of the article’s seven says so on Slack and Discord alike', () => {
    // Each item is in a section of its own: three blocks on Slack (heading, quote, citation), an embed on Discord.
    const slack = slackDigest(digest, { sourceUrl: url, maxBlocks: 6 });
    const discord = discordDigest(digest, { sourceUrl: url, ephemeral: false, maxEmbeds: 2 });
    const label = digestItemsLabel(0, 2, digest.items.length);
    expect(label).toBe('Items 1–2 of 7');
    expect(JSON.stringify(slack)).toContain(`"${label}"`);
    expect(discord.embeds.at(-1)?.footer?.text).toBe(label);
  });

  it('a recap says the article has nothing on a question, and how many it left out, on both', () => {
    const post: ScheduledPost = {
      digest,
      recap: [{ question: 'what is the weather in Lisbon', askedAt: 0 }],
      recapOmitted: 2,
      slot: 0,
    };
    for (const payload of [slackPost(post, url), discordPost(post, url)]) {
      const text = JSON.stringify(payload);
      expect(text).toContain(`_${NOTHING_ON_IT}_`);
      expect(text).toContain(omittedQuestionsLine(2));
    }
  });
});
