// The answer's buttons: Share in channel, More results, Show full passage (routed here by the app's
// router, ./dispatch.ts). Results of More and Full go to the clicker alone; Share posts the same
// answer for everyone.

import type { RespondFn } from '@slack/bolt';
import { type Cyberviews, decodeActionOf, type Shown, STALE_BUTTON } from '../../../src/index.js';
import type { Conversations } from '../app.js';
import { notice, type SlackMessage } from '../render/blocks.js';
import { replay, replyFullPassage } from '../reply.js';
import type { ButtonArgs, ButtonHandler } from './dispatch.js';

/** What a click on a button whose state is gone (or not ours) is told. */
export const STALE = notice(STALE_BUTTON);

/** Sends a message only the clicker sees, next to the message whose button was clicked. */
export async function answerClicker(
  { body, respond, client }: ButtonArgs,
  message: SlackMessage,
): Promise<void> {
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

/** Share in channel, More results and Show full passage: what they do with the core's answers. */
export function answerButtons(
  core: Cyberviews,
  conversations: Conversations,
): Record<'share' | 'more' | 'full', ButtonHandler> {
  const votes = conversations.feedback !== undefined;
  return {
    async share(args) {
      await args.ack();
      const request = replayOf(args, 'share');
      if (request === undefined) return answerClicker(args, STALE);
      const reply = await replay(core, request, { shareable: false, votes, logger: args.logger });
      if (reply.personal) return answerClicker(args, reply.message);
      if (reply.shown !== undefined && (await shareAsThread(args, reply.message, reply.shown, conversations)))
        return;
      await args.respond({ response_type: 'in_channel', replace_original: false, ...reply.message });
    },

    async more(args) {
      await args.ack();
      const request = replayOf(args, 'more');
      if (request === undefined) return answerClicker(args, STALE);
      const shareable = (args.body.container as { is_ephemeral?: boolean }).is_ephemeral === true;
      await answerClicker(
        args,
        (await replay(core, request, { shareable, votes, logger: args.logger })).message,
      );
    },

    // One "Show full passage" button per passage, told apart by the passage id after the kind.
    async full(args) {
      await args.ack();
      const id = decodeActionOf(args.action.value, 'full')?.passage;
      if (id === undefined) return answerClicker(args, STALE);
      await answerClicker(args, replyFullPassage(core, id, args.logger).message);
    },
  };
}

/**
 * Posts a shared answer as the bot's own message, so the thread under it can be remembered and a
 * person's next message there read as a follow-up. False when the bot cannot post there itself (not in
 * the channel) or remembers no threads: the caller then shares through the response_url, as before.
 */
async function shareAsThread(
  args: ButtonArgs,
  message: SlackMessage,
  shown: Shown,
  conversations: Conversations,
): Promise<boolean> {
  const { threads } = conversations;
  const container = args.body.container as { channel_id?: string; is_ephemeral?: boolean };
  const channel = container.channel_id ?? args.body.channel?.id;
  if (threads === undefined || channel === undefined) return false;
  let ts: string | undefined;
  try {
    ts = (await args.client.chat.postMessage({ channel, ...message })).ts;
  } catch (error) {
    args.logger.info('cyberviews: cannot post a shared answer as the bot; sharing through response_url', {
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
  if (ts === undefined) return true;
  const workspace = args.body.team?.id ?? args.body.user.team_id ?? '';
  try {
    await threads.remember({ platform: 'slack', workspace, channel, thread: ts }, shown, conversations.now());
  } catch (error) {
    args.logger.error('cyberviews: could not remember a shared answer’s thread', { error });
  }
  return true;
}

/** What a Share or More button replays; Slack's always hold their question (values hold 2,000 characters). */
function replayOf(args: ButtonArgs, kind: 'share' | 'more') {
  const replay = decodeActionOf(args.action.value, kind)?.replay;
  return replay?.kind === 'ask' && replay.question === null ? undefined : replay;
}
