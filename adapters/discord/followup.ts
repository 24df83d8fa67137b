// A follow-up's reply, whatever brought it: a reply to an answer (gateway, replies.ts) or the Follow up
// form under an answer (HTTP interactions, buttons/followup.ts). The page the follow-up leans on is read
// back from the answer (its question and where it starts); the core ranks the same passages again, so no
// memory is stored. A recognised form ("what page is that on?", "more", …) is answered from that page;
// anything else is a fresh question.

import {
  ANSWER_PAGE_SIZE,
  answerFollowUp,
  isPersonalFollowUp,
  readFollowUp,
  shownBy,
} from '../../src/index.js';
import { answerPage } from './commands/ask.js';
import type { Context } from './context.js';
import { renderFollowUp } from './render/followup.js';
import type { Reply } from './render/reply.js';

/**
 * How `text` is answered as a follow-up on the answer page `page` (undefined: the page is unknown, so a
 * fresh question); `ephemeral`: seen only by the person who followed up (as the answer was);
 * `onAnswered` hears a fresh question once it is answered (it joins the channel's recap).
 */
export function followUpReply(
  text: string,
  page: { question: string; offset: number } | undefined,
  ctx: Context,
  { ephemeral, onAnswered }: { ephemeral: boolean; onAnswered?: (question: string) => void },
): Reply {
  const form = readFollowUp(text);
  const shown =
    page === undefined || form === undefined
      ? undefined
      : shownBy(ctx.core.ask(page.question, { offset: page.offset, limit: ANSWER_PAGE_SIZE }), page.offset);
  if (form === undefined || shown === undefined) return answerPage(text, 0, ctx, ephemeral, onAnswered);
  const answered = answerFollowUp(ctx.core, form, shown);
  const reply = renderFollowUp(
    answered,
    shown,
    ctx.core.about.meta.url,
    ctx.feedback !== undefined,
    ctx.followUpButton === true,
  );
  return { ...reply, ephemeral: isPersonalFollowUp(answered) || ephemeral };
}
