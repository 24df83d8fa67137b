// The Slack "post to channel" port: scheduled digests go out with chat.postMessage through Bolt's client.
// Slack's error codes are sorted here into "the bot cannot post there" (pause) and "try again later".

import type { App } from '@slack/bolt';
import type { PostPort, PostResult, ScheduledPost } from '../../src/index.js';
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
    async post(channel: string, post: ScheduledPost, workspace?: string | null): Promise<PostResult> {
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
        await app.client.chat.postMessage({
          ...(token !== undefined && { token }),
          channel,
          unfurl_links: false,
          ...renderScheduledPost(post, sourceUrl),
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
