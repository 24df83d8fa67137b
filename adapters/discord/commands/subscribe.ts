// `/cyberviews subscribe cadence:… [time:…] [topic:…] [zone:…] [cron:…]`: scheduled digests in this channel.
// The options become the same words Slack users type, so both platforms share one parser in the core.

import {
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { cleanInput } from '../../../src/index.js';
import type { Context } from '../context.js';
import type { Reply } from '../render/reply.js';
import { renderResult } from '../render/result.js';
import { where } from './where.js';

export const data: APIApplicationCommandSubcommandOption = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'subscribe',
  description: 'Post a digest in this channel on a schedule, with a recap of the questions asked here',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'cadence',
      description: 'How often',
      required: true,
      choices: [
        { name: 'daily', value: 'daily' },
        { name: 'weekly (Mondays unless time says e.g. "friday 08:30")', value: 'weekly' },
        { name: 'cron pattern (server managers only)', value: 'cron' },
      ],
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'time',
      description: 'HH:MM (default 09:00); for weekly, a day may come first: "friday 08:30"',
      required: false,
      max_length: 20,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'A topic digest instead of reading the article part by part, e.g. "cyber sovereignty"',
      required: false,
      max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'zone',
      description: 'Time zone, e.g. Europe/Berlin (default: the bot’s DIGEST_TZ)',
      required: false,
      max_length: 64,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'cron',
      description: 'With cadence "cron": five fields, e.g. "0 9 * * 1-5"',
      required: false,
      max_length: 100,
    },
  ],
};

/** The options as the words `/cyberviews subscribe …` takes. */
export function subscribeArgs(interaction: ChatInputCommandInteraction): string {
  const option = (name: string) => cleanInput(interaction.options.getString(name) ?? '');
  const cadence = option('cadence');
  const schedule = cadence === 'cron' ? option('cron') : option('time');
  return [cadence, schedule, option('zone'), option('topic')].filter((word) => word !== '').join(' ');
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: Context): Promise<Reply> {
  const result = await ctx.digests.subscribe(subscribeArgs(interaction), where(interaction));
  return renderResult(result, { about: ctx.core.about, ephemeral: true });
}
