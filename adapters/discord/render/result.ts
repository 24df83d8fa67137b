// Any CommandResult as a reply: the one switch that maps what the core said to what Discord shows.

import type { About, CommandResult } from '../../../src/commands/types.js';
import { nextAnswerPage } from '../../../src/index.js';
import { renderAnswer } from './answer.js';
import { renderCite } from './cite.js';
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
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result.answer, {
        offset: 0,
        next: nextAnswerPage(result.answer, 0),
        sourceUrl,
        ephemeral: view.ephemeral,
      });
    case 'cite':
      return renderCite(result.result, sourceUrl, view.ephemeral);
    case 'note':
      return renderNote(result.result, sourceUrl, view.ephemeral);
    case 'sections':
      return renderOutline(result.outline, view.about, view.ephemeral);
    case 'about':
      return renderAbout(result.about, view.ephemeral);
    case 'help':
      return renderHelp(result.help);
    case 'digest':
      return renderDigest(result.digest, { sourceUrl, ephemeral: view.ephemeral });
    case 'subscriptions':
      return renderSubscriptions(result.message, result.subscriptions);
    case 'error':
      return notice(result.message);
    case 'unavailable':
      return notice(result.message, 'Not available yet');
  }
}
