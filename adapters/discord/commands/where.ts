// Where a Discord command was said, as the core's channel commands need it. How this adapter says a
// user is an administrator: the Manage Server permission in that server; in a DM, the user's own.

import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { Where } from '../../../src/index.js';

export function where(interaction: ChatInputCommandInteraction): Where {
  const admin = interaction.inGuild()
    ? interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
    : true;
  return { platform: 'discord', channel: interaction.channelId, admin, workspace: interaction.guildId };
}
