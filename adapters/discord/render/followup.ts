// A follow-up's reply on Discord: where the passage stands, who it quotes or how to cite it (with the
// passage, and the answer's footer kept so the next reply can lean on it too), the next page, or a notice.

import { type FollowUpReply, formatPages, formatParagraphs, type Shown } from '../../../src/index.js';
import { answerFooter, followUpId, passageEmbed, renderAnswer } from './answer.js';
import { escapeMarkdown } from './markdown.js';
import { renderFullPassage } from './passage.js';
import {
  actionButton,
  buttonRows,
  COLOURS,
  finish,
  neutraliseMentions,
  notice,
  type Reply,
} from './reply.js';

/**
 * `shown`: what the replied-to answer showed, kept in the footer so a further reply can follow up too.
 * `followUp`: offer the Follow up button again (HTTP-interactions mode), on the same page.
 */
export function renderFollowUp(
  reply: FollowUpReply,
  shown: Shown,
  sourceUrl: string,
  votes: boolean,
  followUp = false,
): Reply {
  switch (reply.kind) {
    case 'detail': {
      const { passage } = reply;
      const embed = passageEmbed(
        passage,
        sourceUrl,
        `${escapeMarkdown(passage.section)} (${formatPages(passage.pages)}, ${formatParagraphs(passage.paragraphs)})`,
        3000,
      );
      // The same footer as the answer's: what a further follow-up is read against.
      embed.footer = answerFooter(shown.question, shown.offset, shown.passages.length);
      return finish({
        embeds: [
          { color: COLOURS.answer, description: neutraliseMentions(escapeMarkdown(reply.message)) },
          embed,
        ],
        components: followUp
          ? buttonRows(actionButton('Follow up', followUpId(shown.question, shown.offset)))
          : [],
        ephemeral: false,
      });
    }
    case 'answer':
      return renderAnswer(reply.answer, {
        offset: reply.offset,
        next: reply.shown.next ?? undefined,
        sourceUrl,
        ephemeral: false,
        votes,
        followUp,
      });
    case 'full':
      return { ...renderFullPassage(reply.passage, sourceUrl), ephemeral: false };
    case 'notice':
      return notice(reply.message);
  }
}
