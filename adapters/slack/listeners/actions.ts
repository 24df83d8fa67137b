// The answer's buttons: Share in channel, More results, Show full passage.
// Results of More and Full go to the clicker alone; Share posts the same answer for everyone.

import type {
  App,
  BlockAction,
  ButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { Cyberviews } from '../../../src/index.js';
import { notice, type SlackMessage } from '../render/blocks.js';
import { ACTION, clicked, type Replay } from '../render/state.js';
import { replay, replyFullPassage, type SlackReplay } from '../reply.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & { client: webApi.WebClient };

const STALE = notice('That button has expired.', 'Ask the question again to get fresh results.');

/** Sends a message only the clicker sees, next to the message whose button was clicked. */
async function answerClicker({ body, respond, client }: ButtonArgs, message: SlackMessage): Promise<void> {
  const container = body.container as { is_ephemeral?: boolean; channel_id?: string; thread_ts?: string };
  if (container.is_ephemeral === true || container.channel_id === undefined) {
    await (respond as RespondFn)({ response_type: 'ephemeral', replace_original: false, ...message });
    return;
  }
  await client.chat.postEphemeral({
    channel: container.channel_id,
    user: body.user.id,
    ...(container.thread_ts !== undefined && { thread_ts: container.thread_ts }),
    ...message,
  });
}

export function registerActions(app: App, core: Cyberviews): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async (args) => {
    await args.ack();
    const request = replayable(clicked(args.action.value, 'share')?.replay);
    if (request === undefined) return answerClicker(args, STALE);
    const reply = await replay(core, request, { shareable: false, logger: args.logger });
    if (reply.personal) return answerClicker(args, reply.message);
    await args.respond({ response_type: 'in_channel', replace_original: false, ...reply.message });
  });

  app.action<BlockAction<ButtonAction>>(ACTION.more, async (args) => {
    await args.ack();
    const request = replayable(clicked(args.action.value, 'more')?.replay);
    if (request === undefined) return answerClicker(args, STALE);
    const shareable = (args.body.container as { is_ephemeral?: boolean }).is_ephemeral === true;
    await answerClicker(args, (await replay(core, request, { shareable, logger: args.logger })).message);
  });

  // One "Show full passage" button per passage, told apart by the passage id after the prefix.
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.full}(:|$)`), async (args) => {
    await args.ack();
    const id = clicked(args.action.value, 'full')?.passage;
    if (id === undefined) return answerClicker(args, STALE);
    await answerClicker(args, replyFullPassage(core, id, args.logger).message);
  });
}

/** Slack's buttons always carry the question itself (its values hold 2,000 characters). */
function replayable(replay: Replay | undefined): SlackReplay | undefined {
  if (replay?.kind === 'ask') {
    return replay.question === null ? undefined : { ...replay, question: replay.question };
  }
  return replay;
}
