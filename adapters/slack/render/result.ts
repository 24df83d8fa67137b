// Any CommandResult in Block Kit: picks the renderer for its kind.

import { type CommandResult, ERROR_HINT, UNAVAILABLE_HINT } from '../../../src/index.js';
import { type AnswerView, renderAnswer } from './answer.js';
import { notice, type SlackMessage } from './blocks.js';
import { slackText } from './command.js';
import { renderDigest, renderSubscriptions } from './digest.js';
import { renderAbout, renderHelp, renderSections } from './info.js';
import { renderCite, renderNote } from './lookup.js';

/** `view`: where the article is, and the buttons' replays (the caller picks them). */
export function renderResult(result: CommandResult, view: AnswerView): SlackMessage {
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result.answer, view);
    case 'cite':
      return renderCite(result.result, view.sourceUrl, view.share);
    case 'note':
      return renderNote(result.result, view.sourceUrl, view.share);
    case 'sections':
      return renderSections(result.outline, view.sourceUrl);
    case 'about':
      return renderAbout(result.about);
    case 'help':
      return renderHelp(result.help);
    case 'digest':
      return renderDigest(result.digest, { sourceUrl: view.sourceUrl, offset: view.offset ?? 0 });
    case 'subscriptions':
      return renderSubscriptions(slackText(result.message), result.subscriptions);
    case 'error':
      // Errors quote what was typed ("x" is not a note number, “x” is not a cadence).
      return notice({ text: result.message, hint: ERROR_HINT }, true);
    case 'unavailable':
      return notice({ text: result.message, hint: UNAVAILABLE_HINT });
  }
}
