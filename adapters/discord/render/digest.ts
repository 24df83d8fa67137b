// Digests as Discord embeds: one embed per section, its items quoted with citation and kinds of Chinese
// source, a "More" button when the rest does not fit one message; scheduled posts add the channel's recap.

import { type APIEmbed, ButtonStyle, embedLength } from 'discord.js';
import {
  type Digest,
  type DigestItem,
  digestMore,
  emptyDigestNotice,
  NOTHING_ON_IT,
  omittedQuestionsLine,
  paginate,
  type RecapItem,
  type ScheduledPost,
  type SubscriptionView,
  sourceKindsLabel,
  votesLine,
} from '../../../src/index.js';
import { LIMITS, truncate, truncateMarkdown } from '../limits.js';
import { escapeMarkdown } from './markdown.js';
import { actionButton, buttonRows, COLOURS, finish, linkButton, notice, type Reply } from './reply.js';

export interface DigestView {
  sourceUrl: string;
  ephemeral: boolean;
  offset?: number;
  /** Characters and embeds the digest may use; a scheduled post keeps some for its recap. */
  maxText?: number;
  maxEmbeds?: number;
}

/** Room left for the header embed and rounding. */
const FRAME = 400;

function quote(text: string, max: number): string {
  return truncateMarkdown(escapeMarkdown(text), max)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function itemText(item: DigestItem): string {
  return `${quote(item.text, 3000)}\n-# ${escapeMarkdown(item.citation)} · sources: ${escapeMarkdown(sourceKindsLabel(item.sourceKinds))}`;
}

/**
 * Section embeds for the items from `offset` that fit (the core's paginate), and the first item left out
 * (undefined: none). An item joins the embed of the item before it when they share a section, else opens
 * an embed titled with its section; an item its section's embed cannot hold starts the next page.
 */
function digestEmbeds(digest: Digest, view: DigestView): { embeds: APIEmbed[]; next: number | undefined } {
  const texts = new Map<DigestItem, string>();
  const text = (item: DigestItem) => texts.get(item) ?? texts.set(item, itemText(item)).get(item) ?? '';
  const title = (item: DigestItem) => truncate(item.section, LIMITS.embedTitle);
  /** The items on the page that share the last embed, which `item` would join. */
  const run = (item: DigestItem, onPage: readonly DigestItem[]) => {
    let start = onPage.length;
    while (start > 0 && title(onPage[start - 1] as DigestItem) === title(item)) start -= 1;
    return onPage.slice(start);
  };
  const cost = (item: DigestItem, onPage: readonly DigestItem[]): [number, number] => {
    const joined = run(item, onPage);
    if (joined.length === 0) return [text(item).length + 2 + title(item).length, 1];
    const description = joined.reduce((sum, other) => sum + text(other).length + 2, -2);
    if (description + text(item).length + 2 > LIMITS.embedDescription) return [Number.POSITIVE_INFINITY, 0];
    return [text(item).length + 2, 0];
  };
  const budget = [view.maxText ?? LIMITS.embedTotal - FRAME, view.maxEmbeds ?? LIMITS.embeds - 1];
  const page = paginate(digest.items, cost, budget, view.offset ?? 0);
  const embeds: APIEmbed[] = [];
  page.items.forEach((item, i) => {
    const current = embeds.at(-1);
    if (current !== undefined && run(item, page.items.slice(0, i)).length > 0) {
      current.description = `${current.description ?? ''}\n\n${text(item)}`;
    } else {
      embeds.push({
        color: COLOURS.answer,
        title: title(item),
        url: view.sourceUrl,
        description: text(item),
      });
    }
  });
  return { embeds, next: page.next };
}

/** A digest (or the part from `view.offset`) in one message, with "More" when the rest did not fit. */
export function renderDigest(digest: Digest, view: DigestView): Reply {
  if (digest.items.length === 0)
    return notice(emptyDigestNotice(digest.message, digest.suggestions), 'Nothing on that');
  const { embeds, next } = digestEmbeds(digest, view);
  const header: APIEmbed = {
    color: COLOURS.answer,
    author: { name: truncate(digest.title, LIMITS.authorName) },
  };
  const first = embeds[0];
  if (first) first.author = header.author as { name: string };
  const more = next === undefined ? undefined : digestMore(digest, view.offset ?? 0, next, LIMITS.customId);
  const last = embeds.at(-1);
  if (more && last) last.footer = { text: more.label };
  const buttons = [
    ...actionButton('More', more?.state, ButtonStyle.Primary),
    linkButton('Read the article', view.sourceUrl),
  ];
  return finish({ embeds, components: buttonRows(buttons), ephemeral: view.ephemeral });
}

function recapEmbed(
  recap: readonly RecapItem[],
  omitted: number,
  budget: number,
  votes: ScheduledPost['votes'],
): APIEmbed | undefined {
  if (recap.length === 0)
    return votes ? { color: COLOURS.notice, description: escapeMarkdown(votesLine(votes)) } : undefined;
  const share = Math.max(200, Math.floor(budget / recap.length) - 120);
  const fields = recap.map((item) => ({
    name: truncate(item.question, 200),
    value: item.passage
      ? truncateMarkdown(
          `${quote(item.passage.excerpt, Math.max(100, share - item.passage.citation.length - 10))}\n-# ${escapeMarkdown(item.passage.citation)}`,
          Math.min(LIMITS.fieldValue, share),
        )
      : `_${NOTHING_ON_IT}_`,
  }));
  const embed: APIEmbed = {
    color: COLOURS.notice,
    title: 'Since the last digest, this channel asked',
    fields,
  };
  if (omitted > 0) embed.footer = { text: omittedQuestionsLine(omitted) };
  if (votes) embed.description = escapeMarkdown(votesLine(votes));
  return embed;
}

/** A scheduled post: the digest, then the recap of the channel's questions, in one message. */
export function renderScheduledPost(post: ScheduledPost, sourceUrl: string): Reply {
  const recap = recapEmbed(post.recap, post.recapOmitted, 1800, post.votes);
  const recapSize = recap ? embedLength(recap) : 0;
  const digest = renderDigest(post.digest, {
    sourceUrl,
    ephemeral: false,
    maxText: LIMITS.embedTotal - FRAME - recapSize,
    maxEmbeds: LIMITS.embeds - (recap ? 2 : 1),
  });
  return finish({ ...digest, embeds: recap ? [...digest.embeds, recap] : digest.embeds, ephemeral: false });
}

/** The answer to subscribe / unsubscribe / subscriptions (only the one who asked sees it). */
export function renderSubscriptions(message: string, subscriptions: readonly SubscriptionView[]): Reply {
  const reply = notice(message, 'Digests');
  const first = reply.embeds[0];
  if (first && subscriptions.length > 0) {
    first.fields = subscriptions.map((s) => ({
      name:
        s.topic === null ? 'Reading the article, a part at a time' : truncate(`Digest on “${s.topic}”`, 256),
      value: truncate(
        `${s.schedule}\n${
          s.paused
            ? `Paused: ${escapeMarkdown(s.pausedReason ?? 'no reason given')}`
            : s.next === null
              ? 'No further posts'
              : `Next: <t:${Math.floor(s.next / 1000)}:F>`
        }`,
        LIMITS.fieldValue,
      ),
    }));
  }
  return finish(reply);
}
