// 👍 / 👎 on answers: a vote is stored (question, passages shown, vote, time; never who voted) and the
// voter thanked privately; a 👎 opens a modal for an optional one-line reason (views.open with the
// click's trigger_id), stored with the vote when submitted.

import { castVote, decodeActionOf, keepReason, THANKS } from '../../../src/index.js';
import type { Conversations } from '../app.js';
import { notice } from '../render/blocks.js';
import { REASON_INPUT, reasonModal } from '../render/feedback.js';
import { answerClicker, STALE } from './actions.js';
import type { ButtonHandler, FormHandler } from './dispatch.js';

/** 👍 / 👎 (action ids `cyberviews_vote:up`, `:down`): records the vote, thanks or asks why. */
export function voteButton(conversations: Conversations): ButtonHandler {
  const { feedback } = conversations;
  return async (args) => {
    await args.ack();
    const vote = decodeActionOf(args.action.value, 'vote');
    if (vote === undefined || vote.question === null) return answerClicker(args, STALE);
    if (feedback === undefined) return answerClicker(args, notice(THANKS.unavailable));
    const { body } = args;
    const container = body.container as { channel_id?: string };
    const outcome = await castVote(
      feedback,
      {
        platform: 'slack',
        workspace: body.team?.id ?? body.user.team_id ?? '',
        channel: container.channel_id ?? body.channel?.id ?? '',
        question: vote.question,
        passages: vote.passages,
        helpful: vote.helpful,
        votedAt: conversations.now(),
      },
      (error) => args.logger.error('cyberviews: could not record a vote', { error }),
    );
    if (outcome.kind === 'thank') return answerClicker(args, notice(outcome.message));
    try {
      // The trigger_id is good for 3 seconds after the click: the modal opens first, before anything else.
      await args.client.views.open({ trigger_id: body.trigger_id, view: reasonModal(outcome.vote) });
    } catch (error) {
      args.logger.warn('cyberviews: could not open the reason form', { error });
      await answerClicker(args, notice(THANKS.unhelpful));
    }
  };
}

/** The 👎's reason form, submitted: the reason is stored with its vote. */
export function reasonForm({ feedback }: Conversations): FormHandler {
  return async ({ ack, view, logger }) => {
    const state = decodeActionOf(view.private_metadata, 'reason');
    const typed = view.state.values[REASON_INPUT.block]?.[REASON_INPUT.action]?.value;
    // Stored before the acknowledgement closes the modal (a quick local write, well inside Slack's 3 s).
    if (state !== undefined && feedback !== undefined) {
      await keepReason(feedback, state.vote, typed, (error) =>
        logger.error('cyberviews: could not store the reason given with a vote', { error }),
      );
    }
    await ack();
  };
}
