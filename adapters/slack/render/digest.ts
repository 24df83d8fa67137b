// Digests in Block Kit: the title, each section's quoted items with citation and kinds of Chinese source,
// a "More" button when the rest does not fit one message; scheduled posts add the channel's recap.

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
import { actions, type Block, button, context, notice, plain, type SlackMessage, section } from './blocks.js';
import { escapeText, link } from './escape.js';
import { fitEscaped, LIMITS, truncate } from './limits.js';
import { ACTION } from './state.js';

export interface DigestView {
  sourceUrl: string;
  /** First item to show (non-zero on "More" pages). */
  offset?: number;
  /** Blocks and characters the digest may use; a scheduled post keeps some for its recap. */
  maxBlocks?: number;
  maxText?: number;
}

/** Each item: a quote section and a context line; a new section adds its heading. */
const QUOTE_MAX = 2900;
/** Header, a context line and the buttons. */
const FRAME_BLOCKS = 4;
const FRAME_TEXT = 600;

function quote(text: string): string {
  return fitEscaped(text, QUOTE_MAX)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

function itemBlocks(item: DigestItem, sourceUrl: string): Block[] {
  return [
    section(quote(item.text)),
    context(
      `${link(sourceUrl, 'Source')} · ${fitEscaped(item.citation, 1200)}`,
      `Kinds of Chinese source: ${escapeText(sourceKindsLabel(item.sourceKinds))}`,
    ),
  ];
}

function textLength(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'section' || block.type === 'header') total += block.text?.text.length ?? 0;
    if (block.type === 'context')
      for (const element of block.elements) total += 'text' in element ? element.text.length : 0;
  }
  return total;
}

/** Blocks for the items from `offset` that fit (the core's paginate), and the first left out (undefined: none). */
function digestBody(digest: Digest, view: DigestView): { blocks: Block[]; next: number | undefined } {
  const offset = view.offset ?? 0;
  const before = digest.items[offset - 1];
  // An item opens with its section's heading unless the item before it (on this page or the last) shares it.
  const piece = (item: DigestItem, onPage: readonly DigestItem[]): Block[] => [
    ...(item.section === (onPage.at(-1) ?? before)?.section
      ? []
      : [section(`*${fitEscaped(item.section, 300)}*`)]),
    ...itemBlocks(item, view.sourceUrl),
  ];
  const page = paginate(
    digest.items,
    (item, onPage) => {
      const blocks = piece(item, onPage);
      return [blocks.length, textLength(blocks)];
    },
    [
      view.maxBlocks ?? LIMITS.blocksPerMessage - FRAME_BLOCKS,
      view.maxText ?? LIMITS.blocksTotalText - FRAME_TEXT,
    ],
    offset,
  );
  return { blocks: page.items.flatMap((item, i) => piece(item, page.items.slice(0, i))), next: page.next };
}

/** A digest (or the part from `view.offset`) in one message, with "More" when the rest did not fit. */
export function renderDigest(digest: Digest, view: DigestView): SlackMessage {
  // The message quotes the topic as typed.
  if (digest.items.length === 0) return notice(emptyDigestNotice(digest.message, digest.suggestions), true);
  const { blocks, next } = digestBody(digest, view);
  const heading: Block = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(digest.title, LIMITS.headerText) },
  };
  const all: Block[] = [heading, ...blocks];
  const more =
    next === undefined ? undefined : digestMore(digest, view.offset ?? 0, next, LIMITS.buttonValue);
  if (more !== undefined) all.push(context(more.label), actions(button('More', ACTION.more, more.state)));
  const first = digest.items[view.offset ?? 0];
  const text = `${digest.title}${first ? ` — ${first.section}: ${first.text}` : ''}`;
  return { text: fitEscaped(text, LIMITS.messageText), blocks: all };
}

function recapBlocks(
  recap: readonly RecapItem[],
  omitted: number,
  sourceUrl: string,
  votes: ScheduledPost['votes'],
): Block[] {
  if (recap.length === 0)
    return votes ? [{ type: 'divider' }, context(fitEscaped(votesLine(votes), 300))] : [];
  const blocks: Block[] = [{ type: 'divider' }, section('*Since the last digest, this channel asked:*')];
  for (const item of recap) {
    const asked = `*${fitEscaped(item.question, 300)}*`;
    if (item.passage === undefined) {
      blocks.push(section(`${asked}\n_${NOTHING_ON_IT}_`));
      continue;
    }
    blocks.push(section(`${asked}\n${quote(truncate(item.passage.excerpt, 600))}`));
    blocks.push(context(`${link(sourceUrl, 'Source')} · ${fitEscaped(item.passage.citation, 1200)}`));
  }
  if (omitted > 0) blocks.push(context(omittedQuestionsLine(omitted)));
  if (votes) blocks.push(context(fitEscaped(votesLine(votes), 300)));
  return blocks;
}

/** A scheduled post: the digest, then the recap of the channel's questions, in one message. */
export function renderScheduledPost(post: ScheduledPost, sourceUrl: string): SlackMessage {
  const recap = recapBlocks(post.recap, post.recapOmitted, sourceUrl, post.votes);
  const digest = renderDigest(post.digest, {
    sourceUrl,
    maxBlocks: LIMITS.blocksPerMessage - FRAME_BLOCKS - recap.length,
    maxText: LIMITS.blocksTotalText - FRAME_TEXT - textLength(recap),
  });
  return { text: digest.text, blocks: [...digest.blocks, ...recap] };
}

/** The answer to subscribe / unsubscribe / subscriptions. */
export function renderSubscriptions(
  message: string,
  subscriptions: readonly SubscriptionView[],
): SlackMessage {
  // The message and the topic quote what was typed: plain_text. Only the next time needs mrkdwn (a date token).
  const blocks: Block[] = [{ type: 'section', text: plain(message, LIMITS.sectionText) }];
  for (const s of subscriptions.slice(0, LIMITS.blocksPerMessage - 1)) {
    const what = s.topic === null ? 'the article, a part at a time' : `digest on “${s.topic}”`;
    const state = s.paused
      ? plain(`paused (${s.pausedReason ?? 'no reason given'})`, LIMITS.sectionFieldText)
      : {
          type: 'mrkdwn' as const,
          text:
            s.next === null
              ? 'no further posts'
              : `next: <!date^${Math.floor(s.next / 1000)}^{date_short_pretty} {time}|${new Date(s.next).toISOString()}>`,
        };
    blocks.push({
      type: 'section',
      fields: [plain(`${what}, ${s.schedule}`, LIMITS.sectionFieldText), state],
    });
  }
  return { text: fitEscaped(message, LIMITS.messageText), blocks };
}
