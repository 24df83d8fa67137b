// @mentions in channels and threads, and direct messages: answer in the thread of the message.
// Refusals go back ephemeral in channels, so the bot never leaves a public "I don't know" behind.

import type { App } from '@slack/bolt';
import type { Cyberviews } from '../../../src/commands/types.js';
import { plainText } from '../render/escape.js';
import { replyToText } from '../reply.js';

export function registerEvents(app: App, core: Cyberviews): void {
  app.event('app_mention', async ({ event, client, logger }) => {
    const text = plainText(event.text);
    const thread = event.thread_ts ?? event.ts;
    const reply = replyToText(core, text, { shareable: false, logger });
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

  app.event('message', async ({ event, client, logger }) => {
    // Only what a person writes in a DM with the app: no edits, joins or bot messages (ours included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const text = plainText(event.text ?? '');
    const reply = replyToText(core, text, { shareable: false, logger });
    await client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts !== undefined && { thread_ts: event.thread_ts }),
      ...reply.message,
    });
  });
}
