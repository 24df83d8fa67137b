// This channel's scheduled digests: `subscribe cadence:… [time:…] [topic:…] [zone:…] [cron:…]` starts
// them (the options become the same words Slack users type, so both platforms share one parser in the
// core), `unsubscribe` stops them, `subscriptions` shows them, their next time, or why they are paused.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { cleanInput } from '../../../src/index.js';
import { channelSubcommand } from './subcommand.js';

const subscribeData = new SlashCommandSubcommandBuilder()
  .setName('subscribe')
  .setDescription('Post a digest in this channel on a schedule, with a recap of the questions asked here')
  .addStringOption((option) =>
    option
      .setName('cadence')
      .setDescription('How often')
      .setRequired(true)
      .addChoices(
        { name: 'daily', value: 'daily' },
        { name: 'weekly (Mondays unless time says e.g. "friday 08:30")', value: 'weekly' },
        { name: 'cron pattern (server managers only)', value: 'cron' },
      ),
  )
  .addStringOption((option) =>
    option
      .setName('time')
      .setDescription('HH:MM (default 09:00); for weekly, a day may come first: "friday 08:30"')
      .setRequired(false)
      .setMaxLength(20),
  )
  .addStringOption((option) =>
    option
      .setName('topic')
      .setDescription('A topic digest instead of reading the article part by part, e.g. "cyber sovereignty"')
      .setRequired(false)
      .setMaxLength(200),
  )
  .addStringOption((option) =>
    option
      .setName('zone')
      .setDescription('Time zone, e.g. Europe/Berlin (default: the bot’s DIGEST_TZ)')
      .setRequired(false)
      .setMaxLength(64),
  )
  .addStringOption((option) =>
    option
      .setName('cron')
      .setDescription('With cadence "cron": five fields, e.g. "0 9 * * 1-5"')
      .setRequired(false)
      .setMaxLength(100),
  );

/** The options as the words `/cyberviews subscribe …` takes. */
export function subscribeArgs(interaction: ChatInputCommandInteraction): string {
  const option = (name: string) => cleanInput(interaction.options.getString(name) ?? '');
  const cadence = option('cadence');
  const schedule = cadence === 'cron' ? option('cron') : option('time');
  return [cadence, schedule, option('zone'), option('topic')].filter((word) => word !== '').join(' ');
}

export const subscribe = channelSubcommand(subscribeData, (digests, where, interaction) =>
  digests.subscribe(subscribeArgs(interaction), where),
);

export const unsubscribe = channelSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('unsubscribe')
    .setDescription('Stop the scheduled digests in this channel'),
  (digests, where) => digests.unsubscribe(where),
);

export const subscriptions = channelSubcommand(
  new SlashCommandSubcommandBuilder()
    .setName('subscriptions')
    .setDescription("Show this channel's scheduled digest"),
  (digests, where) => digests.subscriptions(where),
);
