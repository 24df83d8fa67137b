// Digests fit one Slack message and one Discord message for many topics, with "More" when they do not.

import { embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { LIMITS as DISCORD } from '../../adapters/discord/limits.js';
import {
  renderDigest as discordDigest,
  renderScheduledPost as discordPost,
} from '../../adapters/discord/render/digest.js';
import {
  renderDigest as slackDigest,
  renderScheduledPost as slackPost,
} from '../../adapters/slack/render/digest.js';
import { readingDigest, readingParts } from '../../src/digest/reading.js';
import { recapItem } from '../../src/digest/scheduler.js';
import { digestTopic } from '../../src/digest/topic.js';
import type { Digest } from '../../src/digest/types.js';
import { createCyberviews } from '../../src/index.js';
import { limitViolations } from '../fakes/slack/limits.js';

const core = createCyberviews();
const url = core.about.meta.url;
const TOPICS = [
  'double standard',
  'ICANN',
  'cyber sovereignty',
  'PLA',
  'Internet freedom',
  'cyber arms race',
  'hegemony',
  'United Nations',
  'espionage',
  'Snowden',
  'Mandiant',
  'censorship',
  'quantum computing',
];

function discordProblems(reply: { embeds: { title?: string; description?: string }[] }): string[] {
  const problems: string[] = [];
  if (reply.embeds.length > DISCORD.embeds) problems.push('too many embeds');
  const total = reply.embeds.reduce((sum, e) => sum + embedLength(e), 0);
  if (total > DISCORD.embedTotal) problems.push(`embed total ${total}`);
  for (const e of reply.embeds)
    if ((e.description?.length ?? 0) > DISCORD.embedDescription) problems.push('description');
  return problems;
}

const digests: Digest[] = [
  ...TOPICS.map((topic) => digestTopic(core, topic)),
  core.run({ kind: 'digest' }).kind === 'digest'
    ? (core.run({ kind: 'digest' }) as { digest: Digest }).digest
    : digestTopic(core, 'ICANN'),
  ...readingParts(core.article).map((part) => readingDigest(core.article, part.first)),
];

describe('digest renderers', () => {
  it('stay within Slack’s limits for every topic, the whole article and every reading part', () => {
    for (const digest of digests)
      expect(limitViolations(slackDigest(digest, { sourceUrl: url }))).toEqual([]);
  });

  it('stay within Discord’s limits likewise', () => {
    for (const digest of digests)
      expect(discordProblems(discordDigest(digest, { sourceUrl: url, ephemeral: false }))).toEqual([]);
  });

  it('offer "More" when the items do not fit, and More shows the rest', () => {
    const big: Digest = { ...digestTopic(core, 'double standard') };
    big.items = [...big.items, ...big.items, ...big.items, ...big.items, ...big.items];
    const first = slackDigest(big, { sourceUrl: url });
    // Both platforms carry the same action state: a More for the digest on this topic, from an offset.
    const more = JSON.stringify(first.blocks).match(/"value":"cv1:md:(\d+):double standard"/);
    expect(more).not.toBeNull();
    const offset = Number(more?.[1]);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(big.items.length);
    expect(limitViolations(first)).toEqual([]);
    const discord = discordDigest(big, { sourceUrl: url, ephemeral: false });
    expect(JSON.stringify(discord.components)).toMatch(/"custom_id":"cv1:md:\d+:double standard"/);
    expect(discordProblems(discord)).toEqual([]);
  });

  it('fit a scheduled post with a full recap in one message', () => {
    const recap = TOPICS.slice(0, 5).map((question, i) => recapItem(core, question, i));
    for (const digest of digests) {
      const post = { digest, recap, recapOmitted: 3, slot: 0, votes: { helpful: 12_345, unhelpful: 678 } };
      expect(limitViolations(slackPost(post, url))).toEqual([]);
      expect(discordProblems(discordPost(post, url))).toEqual([]);
    }
  });
});
