// @mentions in channels and threads, and direct messages: answer in the thread of the message.
// Refusals go back ephemeral in channels, so the bot never leaves a public "I don't know" behind.

import type { App } from '@slack/bolt';
import { type ChannelDigests, type Cyberviews, needsAdmin } from '../../../src/index.js';
import { typedLine } from '../guard.js';
import { workspaceKey } from '../installations.js';
import { replyToText } from '../reply.js';
import { isWorkspaceAdmin } from './commands.js';

export function registerEvents(app: App, core: Cyberviews, digests: ChannelDigests): void {
  app.event('app_mention', async ({ event, client, logger, context }) => {
    const line = typedLine(context, event.text);
    const thread = event.thread_ts ?? event.ts;
    const admin =
      event.user !== undefined && needsAdmin(line.command) && (await isWorkspaceAdmin(client, event.user));
    const reply = replyToText(
      core,
      line.text,
      {
        shareable: false,
        logger,
        channel: {
          where: {
            platform: 'slack',
            channel: event.channel,
            admin,
            workspace: workspaceKey(context) ?? null,
          },
          digests,
        },
      },
      line.command,
    );
    if (reply.personal && event.user !== undefined) {
      await client.chat.postEphemeral({
        channel: event.channel,
        user: event.user,
        thread_ts: thread,
        ...reply.message,
      });
      return;
    }
    await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...reply.message });
  });

  app.event('message', async ({ event, client, logger, context }) => {
    // Only what a person writes in a DM with the app: no edits, joins or bot messages (ours included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const line = typedLine(context, event.text ?? '');
    // A DM is the asker's own channel: they may schedule in it as they like.
    const reply = replyToText(
      core,
      line.text,
      {
        shareable: false,
        logger,
        channel: {
          where: {
            platform: 'slack',
            channel: event.channel,
            admin: true,
            workspace: workspaceKey(context) ?? null,
          },
          digests,
        },
      },
      line.command,
    );
    await client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts !== undefined && { thread_ts: event.thread_ts }),
      ...reply.message,
    });
  });
}
