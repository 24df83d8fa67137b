// An Answer as Discord embeds: one embed per passage (highlighted excerpt, citation, link to the
// source), a footer that records the question, and the More results / Show full passage buttons.

import type { APIButtonComponent, APIEmbed } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import {
  ANSWER_PAGE_SIZE,
  type Answer,
  encodeQuestionAction,
  formatPages,
  formatParagraphs,
  NO_MORE_PASSAGES,
  type Passage,
  refusalNotice,
} from '../../../src/index.js';
import { LIMITS, truncate, truncateMarkdown } from '../limits.js';
import { escapeMarkdown, formatLocation, renderHighlighted } from './markdown.js';
import { fullPassageButtons } from './passage.js';
import {
  actionButton,
  buttonId,
  buttonRows,
  COLOURS,
  finish,
  linkButton,
  notice,
  type Reply,
} from './reply.js';

/** Questions are at most 500 characters (the core's limit), so this keeps them whole. */
const FOOTER_BUDGET = 700;
const FOOTER = /^Results (\d+)–(\d+) · asked: ([\s\S]*)$/;
const EXCERPT_BUDGET = 1500;
const MIN_EXCERPT = 200;
const FIELD_BUDGET = 400;

export interface AnswerView {
  /** Where this page starts among all ranked passages (0 for the first page). */
  offset: number;
  /** Where the next page starts (nextAnswerPage); undefined when the core has no more. */
  next: number | undefined;
  sourceUrl: string;
  ephemeral: boolean;
  /** Offer 👍 / 👎 (when votes can be recorded). */
  votes?: boolean;
  /** Offer the Follow up button (HTTP-interactions mode, where replies to the answer cannot be read). */
  followUp?: boolean;
}

/**
 * One passage as an embed: excerpt with the matched words in bold, and where it stands, in at most
 * `budget` characters (the page's 6000 shared between its passages).
 */
export function passageEmbed(passage: Passage, sourceUrl: string, heading: string, budget: number): APIEmbed {
  const fields = [{ name: 'Citation', value: truncateMarkdown(formatLocation(passage), FIELD_BUDGET) }];
  if (passage.sourceKinds.length > 0) {
    fields.push({ name: 'Kinds of Chinese source', value: escapeMarkdown(passage.sourceKinds.join(', ')) });
  }
  const title = truncateMarkdown(heading, LIMITS.embedTitle);
  const used = title.length + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const room = Math.max(MIN_EXCERPT, Math.min(EXCERPT_BUDGET, budget - used));
  return {
    color: COLOURS.answer,
    title,
    url: sourceUrl,
    description: renderHighlighted(passage.excerpt, passage.highlights, room),
    fields,
  };
}

/** 👍 and 👎: the passages shown in the id; the question is the one the footer records (ids are too short). */
function voteButtons(passages: readonly Passage[]): APIButtonComponent[] {
  const ids = passages.map((passage) => passage.id);
  return [
    { helpful: true, emoji: '👍' },
    { helpful: false, emoji: '👎' },
  ].flatMap(({ helpful, emoji }) => {
    const id = buttonId({ kind: 'vote', helpful, question: null, passages: ids });
    return id
      ? [
          {
            type: ComponentType.Button as const,
            style: ButtonStyle.Secondary as const,
            emoji: { name: emoji },
            custom_id: id,
          },
        ]
      : [];
  });
}

/** Follow up on the page of `question` from `offset`: the question in the id when it fits, else the footer's. */
export function followUpId(question: string | null, offset: number): string | undefined {
  return encodeQuestionAction((q) => ({ kind: 'followup', question: q, offset }), question, LIMITS.customId);
}

/**
 * The footer of an answer page, in plain text (footers render neither markdown nor mentions, so the
 * question round-trips exactly): what a click or a follow-up on the page reads it back from.
 */
export function answerFooter(question: string, offset: number, count: number): { text: string } {
  return { text: truncate(`Results ${offset + 1}–${offset + count} · asked: ${question}`, FOOTER_BUDGET) };
}

/** Where an answer page starts and the question it answers, read back from its footer. */
export function pageFromEmbeds(
  embeds: readonly { footer?: { text: string } | null }[],
): { question: string; offset: number } | undefined {
  for (const embed of embeds) {
    const match = FOOTER.exec(embed.footer?.text ?? '');
    if (match?.[1] && match[3]) return { question: match[3], offset: Number(match[1]) - 1 };
  }
  return undefined;
}

/** A page of an answered question; an unanswered one becomes an ephemeral notice with a suggestion. */
export function renderAnswer(answer: Answer, view: AnswerView): Reply {
  const passages = answer.passages.slice(0, ANSWER_PAGE_SIZE);
  if (!answer.answered || passages.length === 0) return renderUnanswered(answer, view.offset);
  const footer = answerFooter(answer.query, view.offset, passages.length);
  const budget = Math.floor((LIMITS.embedTotal - footer.text.length) / passages.length);
  const embeds = passages.map((passage, i) =>
    passageEmbed(
      passage,
      view.sourceUrl,
      `${view.offset + i + 1}. ${escapeMarkdown(passage.section)} (${formatPages(passage.pages)}, ${formatParagraphs(passage.paragraphs)})`,
      budget,
    ),
  );
  const last = embeds.at(-1);
  if (last) last.footer = footer;
  const { next } = view;
  const more =
    next === undefined
      ? undefined
      : encodeQuestionAction(
          (question) => ({ kind: 'more', replay: { kind: 'ask', question, offset: next } }),
          answer.query,
          LIMITS.customId,
        );
  const rows = buttonRows([
    ...fullPassageButtons(passages),
    ...actionButton('More results', more, ButtonStyle.Primary),
    linkButton('Read the article', view.sourceUrl),
  ]);
  // 👍 / 👎 and Follow up on a row of their own, so they read as being about the whole answer.
  const whole = [
    ...(view.votes === true ? voteButtons(passages) : []),
    ...(view.followUp === true ? actionButton('Follow up', followUpId(answer.query, view.offset)) : []),
  ];
  rows.push(...buttonRows(whole));
  return finish({ embeds, components: rows, ephemeral: view.ephemeral });
}

function renderUnanswered(answer: Answer, offset: number): Reply {
  if (offset > 0) return notice(NO_MORE_PASSAGES);
  const { suggestion } = answer;
  const buttons = suggestion
    ? actionButton(`Ask about ${suggestion}`, buttonId({ kind: 'ask', question: suggestion }))
    : [];
  return finish({ ...notice(refusalNotice(answer), 'Not in the article'), components: buttonRows(buttons) });
}
