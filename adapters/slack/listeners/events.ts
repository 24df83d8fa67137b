// @mentions in channels and threads, direct messages, and follow-ups: a person's next message in a thread
// the bot answered in is read without a new @mention (message.channels / message.groups); messages in
// threads the bot never joined, and every bot's messages (its own included), are ignored. Refusals go
// back ephemeral in channels, so the bot never leaves a public "I don't know" behind.

import type { Logger, types, webApi } from '@slack/bolt';

type GenericMessageEvent = types.GenericMessageEvent;

import {
  type ChannelDigests,
  type Cyberviews,
  needsAdmin,
  readFollowUp,
  type ThreadKey,
} from '../../../src/index.js';
import { guarded } from '../../guard.js';
import type { Conversations } from '../app.js';
import { typedLine } from '../guard.js';
import type { WorkspaceIds } from '../installations.js';
import { notice } from '../render/blocks.js';
import { type Reply, replyInThread, replyToText, saidIn } from '../reply.js';
import { isWorkspaceAdmin } from './commands.js';
import type { EventHandlers } from './dispatch.js';

interface Posting {
  client: webApi.WebClient;
  logger: Logger;
  key: ThreadKey;
  user: string | undefined;
  conversations: Conversations;
}

/** Posts a reply in its thread (ephemeral when personal), and remembers what an answer showed there. */
async function postInThread(
  reply: Reply,
  { client, logger, key, user, conversations }: Posting,
): Promise<void> {
  const place = { channel: key.channel, thread_ts: key.thread };
  if (reply.personal && user !== undefined) {
    await client.chat.postEphemeral({ ...place, user, ...reply.message });
    return;
  }
  // Remembered before posting, so a quick follow-up to the answer already finds the thread.
  if (reply.shown !== undefined && conversations.threads !== undefined) {
    try {
      await conversations.threads.remember(key, reply.shown, conversations.now());
    } catch (error) {
      // The answer still goes out; only follow-ups without a mention are lost.
      logger.error('cyberviews: could not remember a thread', { error });
    }
  }
  await client.chat.postMessage({ ...place, ...reply.message });
}

/** What the bot showed last in a thread it answered in, if it remembers the thread. */
async function recall(conversations: Conversations, key: ThreadKey, logger: Logger) {
  try {
    return await conversations.threads?.recall(key, conversations.now());
  } catch (error) {
    logger.error('cyberviews: could not read the thread memory', { error });
    return undefined;
  }
}

/** Mentions, and messages (DMs and follow-ups in threads): routed here by the app's router (./dispatch.ts). */
export function chatEvents(
  core: Cyberviews,
  digests: ChannelDigests,
  conversations: Conversations,
): Pick<EventHandlers, 'app_mention' | 'message'> {
  return {
    async app_mention({ event, client, logger, context }) {
      const line = typedLine(context, event.text);
      const key: ThreadKey = {
        platform: 'slack',
        workspace: context.teamId ?? event.team ?? '',
        channel: event.channel,
        thread: event.thread_ts ?? event.ts,
      };
      const admin =
        event.user !== undefined && needsAdmin(line.command) && (await isWorkspaceAdmin(client, event.user));
      const options = saidIn({ channel: event.channel, admin, ids: context, logger }, digests, conversations);
      // A mention inside a thread the bot answered in may lean on it too ("@cyberviews what page is that on?").
      const memory = event.thread_ts === undefined ? undefined : await recall(conversations, key, logger);
      const reply = await replyInThread(core, line.text, memory?.shown, options, line.command);
      await postInThread(reply, { client, logger, key, user: event.user, conversations });
    },

    async message({ event, client, logger, context }) {
      // Only what a person writes: no edits, joins or bot messages (ours included).
      if (event.subtype !== undefined || 'bot_id' in event) return;
      const message = event as GenericMessageEvent;
      if (message.channel_type === 'im') {
        const line = typedLine(context, message.text ?? '');
        // A DM is the asker's own channel: they may schedule in it as they like.
        const options = saidIn(
          { channel: message.channel, admin: true, ids: context, logger },
          digests,
          conversations,
        );
        const reply = await replyToText(core, line.text, options, line.command);
        await client.chat.postMessage({
          channel: message.channel,
          ...(message.thread_ts !== undefined && { thread_ts: message.thread_ts }),
          ...reply.message,
        });
        return;
      }
      await followUp(message, { client, logger, context }, core, digests, conversations);
    },
  };
}

/**
 * A message in a channel thread: answered only when the bot answered in that thread before (and did not
 * just get mentioned, which app_mention answers), from a person, not from the bot itself.
 */
async function followUp(
  message: GenericMessageEvent,
  { client, logger, context }: { client: webApi.WebClient; logger: Logger; context: Record<string, unknown> },
  core: Cyberviews,
  digests: ChannelDigests,
  conversations: Conversations,
): Promise<void> {
  const bot = typeof context.botUserId === 'string' ? context.botUserId : undefined;
  const thread = message.thread_ts;
  const text = message.text ?? '';
  if (conversations.threads === undefined || thread === undefined || thread === message.ts) return;
  if (message.user === undefined || message.user === bot) return;
  if (bot !== undefined && text.includes(`<@${bot}>`)) return;
  const key: ThreadKey = {
    platform: 'slack',
    workspace: (typeof context.teamId === 'string' ? context.teamId : undefined) ?? message.team ?? '',
    channel: message.channel,
    thread,
  };
  const memory = await recall(conversations, key, logger);
  if (memory === undefined) return;
  const line = typedLine({}, text);
  const posting = { client, logger, key, user: message.user, conversations };
  await guarded(
    { log: logger, ...(conversations.rateLimiter && { limiter: conversations.rateLimiter }) },
    {
      line: { platform: 'slack', kind: 'followup', command: readFollowUp(line.text) ?? line.command.kind },
      caller: { user: message.user, channel: message.channel },
      refuse: (slowDown) => postInThread({ message: notice(slowDown), personal: true }, posting),
      run: async () => {
        const options = saidIn(
          { channel: message.channel, admin: false, ids: context as WorkspaceIds, logger },
          digests,
          conversations,
        );
        await postInThread(
          await replyInThread(core, line.text, memory.shown, options, line.command),
          posting,
        );
      },
    },
  );
}
