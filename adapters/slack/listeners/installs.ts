// OAuth mode: a workspace that uninstalls the app (app_uninstalled) or revokes its bot token
// (tokens_revoked) loses its installation, and its digest subscriptions are paused with the reason.
// Slack may send both events, in either order, and repeat them: each step is idempotent. Bolt delivers
// these two events without authorizing them (the installation may already be gone).

import type { Logger } from '@slack/bolt';
import { type SealedInstallationStore, workspaceKey } from '../installations.js';
import type { EventHandlers } from './dispatch.js';

export const UNINSTALLED =
  'The app was uninstalled from this Slack workspace; reinstall it, then subscribe again.';
export const REVOKED =
  "The app's token for this Slack workspace was revoked; reinstall it, then subscribe again.";

/** app_uninstalled and tokens_revoked: routed here by the app's router (OAuth mode only). */
export function installEvents(
  installations: SealedInstallationStore,
  pauseWorkspace?: (workspace: string, reason: string) => Promise<number> | number,
): Pick<EventHandlers, 'app_uninstalled' | 'tokens_revoked'> {
  const forget = async (
    context: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string },
    reason: string,
    logger: Logger,
  ) => {
    const workspace = workspaceKey(context);
    if (workspace === undefined) return;
    await installations.remove(workspace);
    const paused = (await pauseWorkspace?.(workspace, reason)) ?? 0;
    logger.info(
      `Slack: workspace ${workspace} removed the app (${reason}); ${paused} subscription(s) paused.`,
    );
  };

  return {
    async app_uninstalled({ context, logger }) {
      await forget(context, UNINSTALLED, logger);
    },
    async tokens_revoked({ event, context, logger }) {
      // Only the bot token matters: the app asks for no user scopes.
      if ((event.tokens.bot ?? []).length === 0) return;
      await forget(context, REVOKED, logger);
    },
  };
}
