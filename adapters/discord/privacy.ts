// Whether replies in a server go only to the asker: what the server's admins chose with
// `/cyberviews settings`, else the deployment's default (DISCORD_EPHEMERAL).

import type { Context } from './context.js';

/** The context for one interaction, with `ephemeralByDefault` resolved for its server. */
export async function contextFor(guildId: string | null, ctx: Context): Promise<Context> {
  if (guildId === null || ctx.serverSettings === undefined) return ctx;
  try {
    // Awaited so that a store answering asynchronously (a networked database) fits unchanged.
    const chosen = await ctx.serverSettings.serverSettings('discord', guildId);
    return chosen ? { ...ctx, ephemeralByDefault: chosen.privateAnswers } : ctx;
  } catch (error) {
    // An unreadable database must not cost the user their answer: the default applies.
    ctx.log.warn('server settings unreadable; using the default', {
      guild: guildId,
      error: error instanceof Error ? error.message : String(error),
    });
    return ctx;
  }
}
