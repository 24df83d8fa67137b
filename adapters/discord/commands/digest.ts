// `/cyberviews digest [topic:…]`: the article section by section, or its key passages on a topic,
// searched without mentions.

import { SlashCommandSubcommandBuilder } from 'discord.js';
import { cleanInput, MAX_INPUT, withoutMentionsIn } from '../../../src/index.js';
import { withoutMentions } from '../mentions.js';
import { coreSubcommand } from './subcommand.js';

const data = new SlashCommandSubcommandBuilder()
  .setName('digest')
  .setDescription('The article section by section, or what it says on a topic, with citations')
  .addStringOption((option) =>
    option
      .setName('topic')
      .setDescription(
        'e.g. "double standard", "ICANN", "cyber sovereignty"; leave empty for the whole article',
      )
      .setRequired(false)
      .setMaxLength(MAX_INPUT),
  );

export const digest = coreSubcommand(data, (interaction) => {
  const topic = cleanInput(interaction.options.getString('topic') ?? '');
  return withoutMentionsIn(topic === '' ? { kind: 'digest' } : { kind: 'digest', topic }, withoutMentions);
});
