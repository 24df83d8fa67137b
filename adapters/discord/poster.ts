// The Discord "post to channel" port: scheduled digests go to the channel messages endpoint
// (POST /channels/:id/messages) through discord.js's REST client. Discord's error codes are sorted here
// into "the bot cannot post there" (pause the subscription) and "try again later". Each post carries a nonce
// naming its slot with enforce_nonce, so Discord drops a second create of the same slot made within a few
// minutes (an instance that died after Discord accepted the post, and another taking the slot over).

import { type Client, DiscordAPIError, Routes } from 'discord.js';
import type { PostAttempt, PostPort, PostResult, ScheduledPost } from '../../src/index.js';
import { renderScheduledPost } from './render/digest.js';

/** Unknown Channel, Missing Access, Cannot send messages to this user, Missing Permissions, and friends. */
const NO_ACCESS_CODES = new Set([10003, 50001, 50007, 50013, 50083]);

export function discordPoster(client: Client, sourceUrl: string): PostPort {
  return {
    platform: 'discord',
    async post(channel: string, post: ScheduledPost, attempt?: PostAttempt): Promise<PostResult> {
      const { embeds, components } = renderScheduledPost(post, sourceUrl);
      try {
        await client.rest.post(Routes.channelMessages(channel), {
          body: {
            embeds,
            components,
            allowed_mentions: { parse: [] },
            // Discord's nonce holds at most 25 characters; the key's end (the slot) is what differs.
            ...(attempt && { nonce: attempt.key.slice(-25), enforce_nonce: true }),
          },
        });
        return { ok: true };
      } catch (error) {
        if (error instanceof DiscordAPIError) {
          const code = typeof error.code === 'number' ? error.code : 0;
          const reason = `Discord: ${error.message} (${error.code})`;
          const noAccess = NO_ACCESS_CODES.has(code) || error.status === 403 || error.status === 404;
          return { ok: false, failure: noAccess ? 'no-access' : 'transient', reason };
        }
        return {
          ok: false,
          failure: 'transient',
          reason: `Discord: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}
