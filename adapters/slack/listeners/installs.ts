// OAuth mode: a workspace that uninstalls the app (app_uninstalled) or revokes its bot token
// (tokens_revoked) loses its installation, and its digest subscriptions are paused with the reason.
// Slack may send both events, in either order, and repeat them: each step is idempotent. Bolt delivers
// these two events without authorizing them (the installation may already be gone).

import type { App } from '@slack/bolt';
import { type SealedInstallationStore, workspaceKey } from '../installations.js';

export const UNINSTALLED =
  'The app was uninstalled from this Slack workspace; reinstall it, then subscribe again.';
export const REVOKED =
  "The app's token for this Slack workspace was revoked; reinstall it, then subscribe again.";

export function registerInstallEvents(
  app: App,
  installations: SealedInstallationStore,
  pauseWorkspace?: (workspace: string, reason: string) => Promise<number> | number,
): void {
  const forget = async (
    context: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string },
    reason: string,
  ) => {
    const workspace = workspaceKey(context);
    if (workspace === undefined) return;
    await installations.remove(workspace);
    const paused = (await pauseWorkspace?.(workspace, reason)) ?? 0;
    app.logger.info(
      `Slack: workspace ${workspace} removed the app (${reason}); ${paused} subscription(s) paused.`,
    );
  };

  app.event('app_uninstalled', async ({ context }) => {
    await forget(context, UNINSTALLED);
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token matters: the app asks for no user scopes.
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(context, REVOKED);
  });
}
