// What a listener tells the core with a line said in Slack: where (for subscriptions and the recap's
// question log), whether the person may schedule there, and what the reply may offer.

import type { Logger } from '@slack/bolt';
import type { ChannelDigests } from '../../../src/index.js';
import type { Conversations } from '../app.js';
import { type WorkspaceIds, workspaceKey } from '../installations.js';
import type { ReplyOptions } from '../reply.js';

export interface Said {
  channel: string;
  /** Whether the person may use admin-only options (cron schedules) here. */
  admin: boolean;
  /** The installation's ids: Bolt's context. */
  ids: WorkspaceIds;
  logger: Logger;
  /** Only the asker sees the reply, so it may offer "Share in channel" (the slash command's). */
  shareable?: boolean;
}

/** The reply options for a line said in a channel or DM, with 👍 / 👎 when votes can be recorded. */
export function saidIn(said: Said, digests: ChannelDigests, conversations: Conversations): ReplyOptions {
  return {
    shareable: said.shareable ?? false,
    votes: conversations.feedback !== undefined,
    logger: said.logger,
    channel: {
      where: {
        platform: 'slack',
        channel: said.channel,
        admin: said.admin,
        workspace: workspaceKey(said.ids) ?? null,
      },
      digests,
    },
  };
}
