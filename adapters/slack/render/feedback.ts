// The form a 👎 opens (a modal with one optional line), and follow-up replies in a thread, in Block Kit.

import type { types } from '@slack/bolt';
import { encodeAction, type FollowUpReply, MAX_REASON, REASON_FORM } from '../../../src/index.js';
import { renderAnswer } from './answer.js';
import { notice, type SlackMessage } from './blocks.js';
import { fitEscaped, LIMITS } from './limits.js';
import { passageBlocks, renderFullPassage } from './passage.js';
import { REASON_VIEW } from './state.js';

/** Where the reason is read from in the submitted view's state. */
export const REASON_INPUT = { block: 'reason', action: 'reason' } as const;

/** The modal asking why an answer did not help; `vote` is the stored vote it explains. */
export function reasonModal(vote: number): types.ModalView {
  return {
    type: 'modal',
    callback_id: REASON_VIEW,
    private_metadata: encodeAction({ kind: 'reason', vote }, 3000) ?? '',
    title: { type: 'plain_text', text: REASON_FORM.title },
    submit: { type: 'plain_text', text: REASON_FORM.submit },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: REASON_INPUT.block,
        optional: true,
        label: { type: 'plain_text', text: REASON_FORM.label },
        element: {
          type: 'plain_text_input',
          action_id: REASON_INPUT.action,
          max_length: MAX_REASON,
          placeholder: { type: 'plain_text', text: REASON_FORM.placeholder },
        },
      },
    ],
  };
}

/** A follow-up's reply: a detail with the passage it is about, the next page, the whole paragraph, or a notice. */
export function renderFollowUp(reply: FollowUpReply, sourceUrl: string, votes: boolean): SlackMessage {
  switch (reply.kind) {
    case 'detail': {
      // The message may quote the question back (a notice), so it goes out as plain text.
      const head = notice(reply.message, true);
      return {
        text: fitEscaped(reply.message, LIMITS.messageText),
        blocks: [...head.blocks, ...passageBlocks(reply.passage, sourceUrl)],
      };
    }
    case 'answer':
      return renderAnswer(reply.answer, {
        sourceUrl,
        offset: reply.offset,
        ...(reply.shown.next !== null && {
          more: { kind: 'ask', question: reply.answer.query, offset: reply.shown.next },
        }),
        votes,
      });
    case 'full':
      return renderFullPassage(reply.passage, sourceUrl);
    case 'notice':
      return notice(reply.message);
  }
}
