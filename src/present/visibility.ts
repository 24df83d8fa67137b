// Who sees a reply, decided once for every platform: results that answer nobody but the asker
// (refusals, mistakes, help, subscription business) go back privately, so a question asked in a channel
// never leaves a public "I don't know" behind; the rest follow the caller's choice.

import type { FollowUpReply } from '../answer/followup.js';
import type { CommandResult } from '../commands/types.js';

/** Whether only the asker should see this result, whatever the channel or server prefers. */
export function isPersonal(result: CommandResult): boolean {
  switch (result.kind) {
    case 'answer':
      return !result.answer.answered || result.answer.passages.length === 0;
    case 'cite':
      return result.result.matches.length === 0;
    case 'note':
    case 'sections':
    case 'about':
      return false;
    case 'digest':
      return result.digest.items.length === 0;
    default:
      return true;
  }
}

/**
 * Whether only the asker should see a follow-up's reply: "nothing more" and the like are refusals;
 * everything else is seen as the answer it follows was.
 */
export function isPersonalFollowUp(reply: FollowUpReply): boolean {
  return reply.kind === 'notice';
}
