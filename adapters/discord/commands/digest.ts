// `/cyberviews digest [topic:…]`: the article section by section, or its key passages on a topic.

import { type ChatInputCommandInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import { cleanInput, MAX_INPUT } from '../../../src/index.js';
import type { Context } from '../context.js';
import { withoutMentions } from '../mentions.js';
import { renderDigest } from '../render/digest.js';
import { notice, type Reply } from '../render/reply.js';

export const data = new SlashCommandSubcommandBuilder()
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

export function execute(interaction: ChatInputCommandInteraction, ctx: Context): Reply {
  const typed = cleanInput(interaction.options.getString('topic') ?? '');
  // Searched without mentions; a topic that is nothing but mentions stays, and finds nothing.
  const topic = cleanInput(withoutMentions(typed)) || typed;
  const result = ctx.core.run(topic === '' ? { kind: 'digest' } : { kind: 'digest', topic });
  if (result.kind !== 'digest') return notice('Digests are not available right now. Try `/cyberviews ask`.');
  return renderDigest(result.digest, {
    sourceUrl: ctx.core.about.meta.url,
    ephemeral: ctx.ephemeralByDefault,
  });
}
