// An Answer in Block Kit: the question echoed (inert), the ranked passages, and the buttons to go on.

import { type Answer, NO_MORE_PASSAGES, refusalNotice } from '../../../src/index.js';
import { actions, type Block, type ButtonElement, button, notice, type SlackMessage } from './blocks.js';
import { fitEscaped, LIMITS } from './limits.js';
import { passageBlocks } from './passage.js';
import { ACTION, buttonValue, type Replay, shareButtons } from './state.js';

export interface AnswerView {
  sourceUrl: string;
  /** Rank of the first passage shown, 0-based (non-zero on "More results" pages); 0 by default. */
  offset?: number;
  /** Offer "Share in channel", replaying this (only on messages only the asker sees). */
  share?: Replay;
  /** Offer "More results", continuing with this (only when the core has more). */
  more?: Replay;
  /** Offer 👍 / 👎 on the answer (when votes can be recorded). */
  votes?: boolean;
}

/** How much of the question to echo back: enough to recognise it. */
const ECHO = 200;
/** Each passage takes a section, a context line and a divider; the echo and the buttons take two more. */
const MAX_PASSAGES = Math.floor((LIMITS.blocksPerMessage - 2) / 3);

export function renderAnswer(answer: Answer, view: AnswerView): SlackMessage {
  if (!answer.answered || answer.passages.length === 0)
    return (view.offset ?? 0) > 0 ? notice(NO_MORE_PASSAGES) : renderRefusal(answer);
  const passages = answer.passages.slice(0, MAX_PASSAGES);
  const first = (view.offset ?? 0) + 1;
  const last = first + passages.length - 1;
  const range = first === last ? `passage ${first}` : `passages ${first}–${last}`;
  // The question goes back as plain_text: whatever `*`, `_`, `~`, backticks or `>` it holds stay literal.
  const echo: Block = {
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: '*You asked:*' },
      { type: 'plain_text', text: fitEscaped(answer.query, ECHO) || ' ', emoji: false },
      { type: 'mrkdwn', text: `·  ${range}` },
    ],
  };
  const blocks: Block[] = [echo];
  // What the echo and the buttons leave of the total budget, shared evenly between the passages.
  const budget = Math.floor((LIMITS.blocksTotalText - 600) / passages.length);
  passages.forEach((passage, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...passageBlocks(passage, view.sourceUrl, budget));
  });
  const buttons = shareButtons(view.share);
  const more = view.more && buttonValue({ kind: 'more', replay: view.more });
  if (more !== undefined) buttons.push(button('More results', ACTION.more, more));
  if (view.votes === true) buttons.push(...voteButtons(answer.query, passages));
  if (buttons.length > 0) blocks.push(actions(...buttons));
  const top = passages[0];
  const text = `${answer.query} — ${top?.citation ?? ''}: ${top?.excerpt ?? ''}`;
  return { text: fitEscaped(text, LIMITS.messageText), blocks };
}

/** 👍 and 👎, each carrying the question and the passages shown (what a vote records). */
function voteButtons(question: string, passages: readonly { id: string }[]): ButtonElement[] {
  const ids = passages.map((passage) => passage.id);
  return [
    { helpful: true, label: '👍', id: `${ACTION.vote}:up`, says: 'This answer helped' },
    { helpful: false, label: '👎', id: `${ACTION.vote}:down`, says: 'This answer did not help' },
  ].flatMap(({ helpful, label, id, says }) => {
    const value = buttonValue({ kind: 'vote', helpful, question, passages: ids });
    return value === undefined ? [] : [{ ...button(label, id, value), accessibility_label: says }];
  });
}

/** The article has nothing on the question: say so briefly, with the core's suggestion when it has one. */
export function renderRefusal(answer: Answer): SlackMessage {
  return notice(refusalNotice(answer));
}
