// Follow-ups on Discord: a reply (message reference) to one of the bot's answers is read like a follow-up
// in a Slack thread. "What page is that on?", "who said it?", "more" are answered from the answer replied
// to (its footer says the question and the page shown); anything else is a fresh question. Needs the
// gateway's Guilds and GuildMessages intents (not privileged). Messages from bots, the bot's own
// included, are never answered.
//
// Message content without the privileged MessageContent intent: Discord leaves `content` empty except in
// messages that mention the bot, DMs, and the bot's own messages. A reply that pings the replied-to author
// (Discord's default) mentions the bot; a reply with the ping turned off does not, and replies to
// interaction responses (answers to `/cyberviews`) have been reported not to count as mentions
// (discord/discord-api-docs#5395). When a reply arrives empty, the bot says how to be read: @mention it.

import type { Client, Message } from 'discord.js';
import { cleanInput, type RateLimiter, readFollowUp } from '../../src/index.js';
import { guarded } from '../guard.js';
import type { Context } from './context.js';
import { followUpReply } from './followup.js';
import { withoutMentions } from './mentions.js';
import { pageFromEmbeds } from './render/answer.js';
import { notice, type Reply, sendOptions } from './render/reply.js';

export const UNREADABLE =
  'I could not read your reply: Discord shows bots the text of a message only when it mentions them. Reply again with @cyberviews in it (or keep the reply’s @ ping on), or ask with `/cyberviews ask`.';

export interface ReplyHandling {
  client: Client;
  ctx: Context;
  limiter?: RateLimiter;
}

/** Answers a reply to one of the bot's messages; ignores every other message. */
export async function handleReply(message: Message, { client, ctx, limiter }: ReplyHandling): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  if (!message.inGuild() || message.reference?.messageId === undefined) return;
  let replied: Message;
  try {
    replied = await message.fetchReference();
  } catch {
    return;
  }
  const me = client.user?.id;
  if (me === undefined || replied.author.id !== me) return;
  // Nobody pinged, not even the person replied to.
  const send = (reply: Reply) =>
    message.reply({ ...sendOptions(reply), flags: [], allowedMentions: { parse: [], repliedUser: false } });
  // Without mentions of the bot (or anyone): what the person asked.
  const text = cleanInput(withoutMentions(message.content));
  // A fresh question joins the channel's recap like any other answered one.
  const log = (question: string) =>
    ctx.digests.logQuestion(question, { platform: 'discord', channel: message.channelId, admin: false });
  await guarded(
    { log: ctx.accessLog, clock: ctx.now, ...(limiter && { limiter }) },
    {
      line: { platform: 'discord', kind: 'followup', command: readFollowUp(text) ?? 'ask' },
      caller: { user: message.author.id, channel: message.channelId },
      refuse: async (slowDown) => {
        await send(notice(slowDown));
      },
      run: async () => {
        if (text === '') {
          await send(notice(UNREADABLE));
          return 'unreadable';
        }
        await send(
          followUpReply(text, pageFromEmbeds(replied.embeds), ctx, { ephemeral: false, onAnswered: log }),
        );
        return 'ok';
      },
    },
  );
}
