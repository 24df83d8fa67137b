// The `/cyberviews` slash command: acknowledge at once, answer through respond() (ephemeral).

import type { App, webApi } from '@slack/bolt';
import type { Cyberviews } from '../../../src/commands/types.js';
import { type ChannelDigests, needsAdmin, parseCommand } from '../../../src/index.js';
import { plainText } from '../render/escape.js';
import { replyToText } from '../reply.js';

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

export function registerCommands(app: App, core: Cyberviews, digests: ChannelDigests): void {
  app.command(COMMAND, async ({ command, ack, respond, logger, client }) => {
    // Ack first and empty: Slack gives three seconds, and the answer goes to the response_url.
    await ack();
    const text = plainText(command.text ?? '');
    const admin = needsAdmin(parseCommand(text)) && (await isWorkspaceAdmin(client, command.user_id));
    const reply = replyToText(core, text, {
      shareable: true,
      logger,
      channel: { where: { platform: 'slack', channel: command.channel_id, admin }, digests },
    });
    await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message });
  });
}
