// `/cyberviews unsubscribe`: no more scheduled digests in this channel.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';
import { where } from './where.js';

export const data = new SlashCommandSubcommandBuilder()
  .setName('unsubscribe')
  .setDescription('Stop the scheduled digests in this channel');

export async function execute(interaction: ChatInputCommandInteraction, ctx: Context): Promise<Reply> {
  return renderResult(await ctx.digests.unsubscribe(where(interaction)), {
    about: ctx.core.about,
    ephemeral: true,
  });
}
