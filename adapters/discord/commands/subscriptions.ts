// `/cyberviews subscriptions`: this channel's scheduled digest, its next time, or why it is paused.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';
import { where } from './where.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('subscriptions')
  .setDescription("Show this channel's scheduled digest");

export async function execute(interaction: ChatInputCommandInteraction, ctx: Context): Promise<Reply> {
  return renderResult(await ctx.digests.subscriptions(where(interaction)), {
    about: ctx.core.about,
    ephemeral: true,
  });
}
