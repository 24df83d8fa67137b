// What the router needs of a subcommand (its definition and its handler), and the two kinds most
// subcommands are: one that runs a core command, and one on this channel's scheduled digests; and where
// a command was said, as the core's channel commands need it.

import {
  type ChatInputCommandInteraction,
  PermissionFlagsBits,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { ChannelDigests, Command, CommandResult, Where } from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';

export interface SubcommandModule {
  data: SlashCommandSubcommandBuilder;
  execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply | Promise<Reply>;
}

/** A result as a reply: private when asked (or when the core says it is personal), else as the server chose. */
export function showResult(result: CommandResult, ctx: Context, ephemeral = ctx.ephemeralByDefault): Reply {
  return renderResult(result, { about: ctx.core.about, ephemeral });
}

/** A subcommand that runs the core command its options make and shows the result. */
export function coreSubcommand(
  data: SlashCommandSubcommandBuilder,
  command: (interaction: ChatInputCommandInteraction) => Command,
): SubcommandModule {
  return { data, execute: (interaction, ctx) => showResult(ctx.core.run(command(interaction)), ctx) };
}

/** A subcommand on this channel's scheduled digests; only the one who asked sees what it says. */
export function channelSubcommand(
  data: SlashCommandSubcommandBuilder,
  run: (
    digests: ChannelDigests,
    where: Where,
    interaction: ChatInputCommandInteraction,
  ) => Promise<CommandResult>,
): SubcommandModule {
  return {
    data,
    execute: async (interaction, ctx) =>
      showResult(await run(ctx.digests, where(interaction), interaction), ctx, true),
  };
}

/** How this adapter says a user is an administrator: Manage Server in that server; in a DM, the user's own. */
export function where(interaction: ChatInputCommandInteraction): Where {
  const admin = interaction.inGuild()
    ? interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true
    : true;
  return { platform: 'discord', channel: interaction.channelId, admin, workspace: interaction.guildId };
}
