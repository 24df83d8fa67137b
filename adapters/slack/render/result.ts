// Any CommandResult in Block Kit: picks the renderer for its kind. Pure: the caller supplies the buttons' replays.

import type { CommandResult } from '../../../src/index.js';
import { renderAnswer } from './answer.js';
import { notice, quotingNotice, type SlackMessage } from './blocks.js';
import { slackText } from './command.js';
import { renderDigest, renderSubscriptions } from './digest.js';
import { renderAbout, renderHelp, renderSections } from './info.js';
import { renderCite, renderNote } from './lookup.js';
import type { Replay } from './state.js';

export interface ResultView {
  sourceUrl: string;
  /** Rank of the first passage, for answers continued with "More results". */
  offset?: number;
  /** Replay for "Share in channel"; omit on messages everyone already sees. */
  share?: Replay;
  /** Replay for "More results"; omit when the core has nothing more. */
  more?: Replay;
  /** Offer 👍 / 👎 on answers. */
  votes?: boolean;
}

export function renderResult(result: CommandResult, view: ResultView): SlackMessage {
  switch (result.kind) {
    case 'answer':
      // The view as it is, with its offset made definite: no copy a button.
      return renderAnswer(result.answer, { ...view, offset: view.offset ?? 0 });
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
