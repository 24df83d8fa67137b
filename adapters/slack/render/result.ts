// Any CommandResult in Block Kit: picks the renderer for its kind.

import type { CommandResult } from '../../../src/index.js';
import { type AnswerView, renderAnswer } from './answer.js';
import { notice, quotingNotice, type SlackMessage } from './blocks.js';
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
      return quotingNotice(slackText(result.message), 'Type help to see what the bot understands.');
    case 'unavailable':
      return notice(
        slackText(result.message),
        'Everything else works already: ask a question, or type help.',
      );
  }
}
