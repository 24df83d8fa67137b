// The `/cyberviews` slash command. The core answers in well under a millisecond, so the answer rides on
// the acknowledgement itself (Slack shows an ack body as the command's reply); only commands that must
// wait on the Web API (the admin check for cron schedules) ack empty and answer through respond().

import type { webApi } from '@slack/bolt';
import { type ChannelDigests, type Cyberviews, needsAdmin } from '../../../src/index.js';
import type { Conversations } from '../app.js';
import { typedLine } from '../guard.js';
import { replyToText, saidIn } from '../reply.js';
import type { CommandHandler } from './dispatch.js';

export const COMMAND = '/cyberviews';

/**
 * How the Slack adapter says a user is an administrator: a workspace admin or owner, per users.info
 * (scope users:read). Asked only for commands that need it (cron schedules); failures mean "not admin".
 */
export async function isWorkspaceAdmin(client: webApi.WebClient, user: string): Promise<boolean> {
  try {
    const info = await client.users.info({ user });
    return info.user?.is_admin === true || info.user?.is_owner === true;
  } catch {
    return false;
  }
}

/** What `/cyberviews` does (./dispatch.ts routes the command here). */
export function slashCommand(
  core: Cyberviews,
  digests: ChannelDigests,
  conversations: Conversations,
): CommandHandler {
  return async ({ command, ack, respond, logger, client, context }) => {
    const line = typedLine(context, command.text ?? '');
    const reply = (admin: boolean) =>
      replyToText(
        core,
        line.text,
        saidIn(
          { channel: command.channel_id, admin, ids: context, logger, shareable: true },
          digests,
          conversations,
        ),
        line.command,
      );
    if (needsAdmin(line.command)) {
      // users.info is a network round trip that may retry for seconds: ack now, answer at the response_url.
      await ack();
      const admin = await isWorkspaceAdmin(client, command.user_id);
      await respond({ response_type: 'ephemeral', replace_original: false, ...(await reply(admin)).message });
      return;
    }
    // No I/O to wait for: one HTTP response carries the answer, with no second request to Slack.
    await ack({ response_type: 'ephemeral', ...(await reply(false)).message });
  };
}
