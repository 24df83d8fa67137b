// `/cyberviews settings [private_answers:]`: what a server's admins choose for the whole server.
// Only members with the Manage Server permission may use it. The check is made here, not with
// `default_member_permissions`: Discord applies that to the whole /cyberviews command, and would
// hide ask, cite and the rest from everyone else. Settings are for the admin who asked: replies are private.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { arg, command, type HelpEntry, STORE_UNREACHABLE } from '../../../src/index.js';
import type { Context } from '../context.js';
import { COLOURS, finish, notice, type Reply } from '../render/reply.js';
import { where } from './subcommand.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('settings')
  .setDescription('Show or change this server’s /cyberviews settings (Manage Server permission needed)')
  .addBooleanOption((option) =>
    option
      .setName('private_answers')
      .setDescription('True: answers only the asker sees, for a quiet channel; False: answers in the channel')
      .setRequired(false),
  );

/** Its entry in `/cyberviews help`: a Discord-only subcommand, so the core's help does not know it. */
export const helpEntry: HelpEntry & { command: string } = {
  command: 'settings',
  usage: command('settings', { name: 'private_answers', value: 'True|False', optional: true }),
  description:
    'Server admins (Manage Server): show this server’s settings, or make answers private (only the asker sees them) or public.',
  example: command('settings', arg('private_answers', 'True')),
};

export async function execute(interaction: ChatInputCommandInteraction, ctx: Context): Promise<Reply> {
  if (!interaction.inGuild()) {
    return notice(
      'Settings are per server: a server admin can use `/cyberviews settings` in one of its channels. Here in our DM, only you see my answers anyway.',
    );
  }
  const store = ctx.serverSettings;
  if (store === undefined) {
    return notice(
      `Server settings are unavailable: the bot cannot open its database, so nothing can be saved. ${describePrivateAnswers(ctx.ephemeralByDefault)} Questions still work.`,
      'Not available',
    );
  }
  if (!where(interaction).admin) {
    return notice(
      `Only members with the Manage Server permission can use \`/cyberviews settings\` here; ask one of them. ${describePrivateAnswers(ctx.ephemeralByDefault)}`,
    );
  }
  const guild = interaction.guildId;
  const wanted = interaction.options.getBoolean('private_answers');
  try {
    if (wanted === null) {
      const stored = await store.serverSettings('discord', guild);
      return renderSettings({
        privateAnswers: stored?.privateAnswers ?? ctx.ephemeralByDefault,
        chosen: stored !== undefined,
        changed: false,
      });
    }
    await store.setServerSettings('discord', guild, { privateAnswers: wanted }, Date.now());
    return renderSettings({ privateAnswers: wanted, chosen: true, changed: true });
  } catch (error) {
    ctx.log.error('server settings failed', {
      guild,
      error: error instanceof Error ? error.message : String(error),
    });
    return notice(STORE_UNREACHABLE);
  }
}

/** The state of private answers in words, as every settings reply states it. */
function describePrivateAnswers(privateAnswers: boolean): string {
  return privateAnswers
    ? '**Private answers: on.** Answers, citations, notes, outlines and digests go only to the member who asked.'
    : '**Private answers: off.** Answers are posted in the channel for everyone to read; errors and help stay private.';
}

/** The server's choice (`chosen`: by its admins, else the bot's default), just `changed` or not. */
function renderSettings(view: { privateAnswers: boolean; chosen: boolean; changed: boolean }): Reply {
  const lines = [
    `${view.changed ? 'Saved. ' : ''}${describePrivateAnswers(view.privateAnswers)}`,
    view.chosen
      ? 'Chosen for this server by its admins.'
      : 'This is the bot’s default; this server has not chosen yet.',
    `Change it with \`/cyberviews settings private_answers: ${view.privateAnswers ? 'False' : 'True'}\`.`,
  ];
  return finish({
    embeds: [{ color: COLOURS.answer, title: 'Settings for this server', description: lines.join('\n') }],
    components: [],
    ephemeral: true,
  });
}
