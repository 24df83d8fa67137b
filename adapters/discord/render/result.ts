// Any CommandResult as a reply: the one switch that maps what the core said to what Discord shows.

import {
  type About,
  type CommandResult,
  ERROR_HINT,
  isPersonal,
  nextAnswerPage,
  UNAVAILABLE_HINT,
} from '../../../src/index.js';
import { renderAnswer } from './answer.js';
import { renderCite } from './cite.js';
import { discordText } from './command.js';
import { renderDigest, renderSubscriptions } from './digest.js';
import { renderAbout, renderHelp, renderOutline } from './info.js';
import { renderNote } from './passage.js';
import { notice, type Reply } from './reply.js';

export interface ResultView {
  about: About;
  /** Whether successful results are shown only to the one who asked. */
  ephemeral: boolean;
}

export function renderResult(result: CommandResult, view: ResultView): Reply {
  const sourceUrl = view.about.meta.url;
  // Whatever the server prefers, a result for the asker alone stays private (the core decides which).
  const ephemeral = view.ephemeral || isPersonal(result);
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result.answer, {
        offset: 0,
        next: nextAnswerPage(result.answer, 0),
        sourceUrl,
        ephemeral,
      });
    case 'cite':
      return renderCite(result.result, sourceUrl, ephemeral);
    case 'note':
      return renderNote(result.result, sourceUrl, ephemeral);
    case 'sections':
      return renderOutline(result.outline, view.about, ephemeral);
    case 'about':
      return renderAbout(result.about, ephemeral);
    case 'help':
      return renderHelp(result.help);
    case 'digest':
      return renderDigest(result.digest, { sourceUrl, ephemeral });
    case 'subscriptions':
      return renderSubscriptions(discordText(result.message), result.subscriptions);
    case 'error':
      return notice({ text: result.message, hint: ERROR_HINT });
    case 'unavailable':
      return notice({ text: result.message, hint: UNAVAILABLE_HINT }, 'Not available yet');
  }
}
