// What a click on one of our buttons does: the next page of an answer, a whole passage, or a
// suggested question. Replies to clicks are ephemeral, so paging never floods the channel.

import type { ButtonInteraction } from 'discord.js';
import { answerPage } from '../commands/ask.js';
import type { Context } from '../context.js';
import { questionFromEmbeds } from '../render/answer.js';
import { renderDigest } from '../render/digest.js';
import { renderFullPassage } from '../render/passage.js';
import { notice, type Reply } from '../render/reply.js';
import { decodeButton, STALE_BUTTON, UNKNOWN_QUESTION } from './ids.js';

export function handleButton(interaction: ButtonInteraction, ctx: Context): Reply {
  const action = decodeButton(interaction.customId);
  switch (action?.kind) {
    case 'more': {
      const { replay } = action;
      if (replay.kind === 'digest') return digestPage(replay.topic, replay.offset, ctx);
      if (replay.kind !== 'ask') return notice(STALE_BUTTON);
      // An id too short for its question points at the one the answer's footer records.
      const question = replay.question ?? questionFromEmbeds(interaction.message.embeds);
      if (!question) return notice(UNKNOWN_QUESTION);
      return answerPage(question, replay.offset, ctx, true);
    }
    case 'full': {
      const passage = ctx.core.passage(action.passage);
      if (!passage)
        return notice('That passage is not in the article. Try `/cyberviews sections` to browse it.');
      return renderFullPassage(passage, ctx.core.about.meta.url);
    }
    case 'ask':
      return answerPage(action.question, 0, ctx, ctx.ephemeralByDefault);
    default:
      return notice(STALE_BUTTON);
  }
}

/** The rest of a digest from `offset` (topic null: the whole-article digest), for the clicker alone. */
function digestPage(topic: string | null, offset: number, ctx: Context): Reply {
  const result = ctx.core.run(topic === null ? { kind: 'digest' } : { kind: 'digest', topic });
  if (result.kind !== 'digest')
    return notice('That digest is no longer available. Try `/cyberviews digest`.');
  return renderDigest(result.digest, { sourceUrl: ctx.core.about.meta.url, ephemeral: true, offset });
}
