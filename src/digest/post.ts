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

/**
 * Which attempt at a slot a post is. `key` is the same on every attempt at the slot, on every instance;
 * `attempt` > 1 means an earlier attempt may have reached the platform (it failed, or its instance died
 * before recording it), so a port that can tell should check before posting again, or post idempotently.
 */
export interface PostAttempt {
  key: string;
  attempt: number;
  /** The subscription's Slack workspace (installation key) or Discord server, when known: its token posts. */
  workspace?: string | null;
}

export interface PostPort {
  readonly platform: Platform;
  post(channel: string, post: ScheduledPost, attempt?: PostAttempt): Promise<PostResult>;
}
