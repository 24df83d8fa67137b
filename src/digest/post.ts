// The "post to channel" port: how the scheduler hands a digest to a chat platform. Each adapter
// implements it with its own API (Slack chat.postMessage, Discord's channel messages endpoint) and
// says how a failure should be treated, so the core never learns a platform's error codes.

import type { Platform, ScheduledPost } from './types.js';

/**
 * - `no-access`: the bot was removed from the channel, lost permission, or the channel is gone;
 *   retrying will not help, so the subscription is paused with the reason.
 * - `transient`: rate limits, network trouble, a platform outage; tried again later.
 */
export type PostFailure = 'no-access' | 'transient';

export type PostResult = { ok: true } | { ok: false; failure: PostFailure; reason: string };

export interface PostPort {
  readonly platform: Platform;
  /** `workspace`: the Slack workspace (installation key) or Discord server of the subscription, when known. */
  post(channel: string, post: ScheduledPost, workspace?: string | null): Promise<PostResult>;
}
