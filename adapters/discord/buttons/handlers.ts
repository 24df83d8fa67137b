// What a click on one of our buttons does: the next page of an answer or a digest, a whole passage, or a
// suggested question. Replies to clicks are ephemeral, so paging never floods the channel.

import type { ButtonInteraction } from 'discord.js';
import { type Action, PASSAGE_GONE, STALE_BUTTON } from '../../../src/index.js';
import { answerPage } from '../commands/ask.js';
import type { Context } from '../context.js';
import { pageFromEmbeds } from '../render/answer.js';
import { renderDigest } from '../render/digest.js';
import { renderFullPassage } from '../render/passage.js';
import { notice, type Reply } from '../render/reply.js';

/** What a click is told when neither its id nor the answer's footer names its question. */
export const UNKNOWN_QUESTION = 'I could not tell which question this was. Ask again with `/cyberviews ask`.';

export function handleButton(
  action: Action | undefined,
  interaction: ButtonInteraction,
  ctx: Context,
): Reply {
  switch (action?.kind) {
    case 'more': {
      const { replay } = action;
      if (replay.kind === 'digest') {
        const { topic, offset } = replay;
        const result = ctx.core.run(topic === null ? { kind: 'digest' } : { kind: 'digest', topic });
        if (result.kind !== 'digest')
          return notice('That digest is no longer available. Try `/cyberviews digest`.');
        return renderDigest(result.digest, { sourceUrl: ctx.core.about.meta.url, ephemeral: true, offset });
      }
      if (replay.kind !== 'ask') return notice(STALE_BUTTON);
      // An id too short for its question points at the one the answer's footer records.
      const question = replay.question ?? pageFromEmbeds(interaction.message.embeds)?.question;
      if (!question) return notice(UNKNOWN_QUESTION);
      return answerPage(question, replay.offset, ctx, true);
    }
    case 'full': {
      const passage = ctx.core.passage(action.passage);
      if (!passage) return notice(PASSAGE_GONE);
      return renderFullPassage(passage, ctx.core.about.meta.url);
    }
    case 'ask':
      return answerPage(action.question, 0, ctx, ctx.ephemeralByDefault);
    default:
      return notice(STALE_BUTTON);
  }
}
