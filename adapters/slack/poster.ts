// The Slack "post to channel" port: scheduled digests go out with chat.postMessage through Bolt's client.
// Slack's error codes are sorted here into "the bot cannot post there" (pause) and "try again later".
// Each post carries message metadata naming its slot; before posting a slot again (an earlier attempt
// may have gone through), the channel's recent history is searched for it, so it is not posted twice.

import type { App } from '@slack/bolt';
import type { PostAttempt, PostPort, PostResult, ScheduledPost } from '../../src/index.js';
import { renderScheduledPost } from './render/digest.js';

/** chat.postMessage errors that mean the bot was removed, lost permission, or the channel is gone. */
const NO_ACCESS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'account_inactive',
  'token_revoked',
  'invalid_auth',
  'not_authed',
  'team_access_not_granted',
]);

/** Slack's error code from a WebClient failure (`error.data.error`), when it has one. */
function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** The metadata event type of a scheduled digest; its payload's `key` names the slot. */
export const DIGEST_EVENT = 'cyberviews_digest';

/**
 * Whether the channel already shows the digest for this slot (an earlier attempt reached Slack). Reads
 * the history since the slot (scopes channels:history, groups:history, im:history); when Slack will not
 * say (a missing scope, an outage), false: posting again is better than losing the digest.
 */
async function alreadyPosted(
  app: App,
  token: string | undefined,
  channel: string,
  slot: number,
  key: string,
): Promise<boolean> {
  try {
    const history = await app.client.conversations.history({
      ...(token !== undefined && { token }),
      channel,
      oldest: String(Math.floor(slot / 1000)),
      include_all_metadata: true,
      limit: 200,
    });
    return (history.messages ?? []).some(
      (message) =>
        message.metadata?.event_type === DIGEST_EVENT &&
        (message.metadata.event_payload as { key?: unknown } | undefined)?.key === key,
    );
  } catch {
    return false;
  }
}

/**
 * `botToken` (OAuth mode) finds the token of the workspace a subscription belongs to; without it, the
 * app's own client (SLACK_BOT_TOKEN) posts everything.
 */
export function slackPoster(
  app: App,
  sourceUrl: string,
  botToken?: (workspace: string) => Promise<string | undefined>,
): PostPort {
  return {
    platform: 'slack',
    async post(channel: string, post: ScheduledPost, attempt?: PostAttempt): Promise<PostResult> {
      const workspace = attempt?.workspace;
      let token: string | undefined;
      if (botToken) {
        if (!workspace)
          return {
            ok: false,
            failure: 'no-access',
            reason: 'Slack: this subscription does not say which workspace it belongs to; subscribe again.',
          };
        token = await botToken(workspace);
        if (token === undefined)
          return {
            ok: false,
            failure: 'no-access',
            reason: `Slack: the app is not installed in workspace ${workspace}; reinstall it, then subscribe again.`,
          };
      }
      try {
        if (
          attempt &&
          attempt.attempt > 1 &&
          (await alreadyPosted(app, token, channel, post.slot, attempt.key))
        )
          return { ok: true };
        await app.client.chat.postMessage({
          ...(token !== undefined && { token }),
          channel,
          unfurl_links: false,
          ...renderScheduledPost(post, sourceUrl),
          ...(attempt && { metadata: { event_type: DIGEST_EVENT, event_payload: { key: attempt.key } } }),
        });
        return { ok: true };
      } catch (error) {
        const code = slackError(error);
        if (code !== undefined && NO_ACCESS.has(code))
          return { ok: false, failure: 'no-access', reason: `Slack: ${code}` };
        return {
          ok: false,
          failure: 'transient',
          reason: `Slack: ${code ?? (error instanceof Error ? error.message : String(error))}`,
        };
      }
    },
  };
}
