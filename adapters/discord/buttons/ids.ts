// Discord's side of button state: a custom id is the core's action state (src/present/actions.ts),
// bounded by Discord's 100 characters. Questions run to 500, so a More results id that cannot hold its
// question refers to the one the answer's footer records instead (the only state Discord forces elsewhere).

import { type Action, decodeAction, encodeAction } from '../../../src/index.js';
import { LIMITS } from '../limits.js';

/** What a click on a button this bot (this version) did not make is told. */
export const STALE_BUTTON = 'This button is not one of mine any more. Ask again with `/cyberviews ask`.';

/** What a click is told when neither its id nor the answer's footer names its question. */
export const UNKNOWN_QUESTION = 'I could not tell which question this was. Ask again with `/cyberviews ask`.';

/** The custom id for an action, or undefined when it would not fit Discord's 100 characters. */
export function buttonId(action: Action): string | undefined {
  return encodeAction(action, LIMITS.customId);
}

/** More results from `offset`: the question in the id when it fits, else "the question this message answers". */
export function moreResultsId(question: string, offset: number): string | undefined {
  return (
    buttonId({ kind: 'more', replay: { kind: 'ask', question, offset } }) ??
    buttonId({ kind: 'more', replay: { kind: 'ask', question: null, offset } })
  );
}

/** Follow up on the page from `offset`: the question in the id when it fits, else the footer's. */
export function followUpId(question: string, offset: number): string | undefined {
  return (
    buttonId({ kind: 'followup', question, offset }) ?? buttonId({ kind: 'followup', question: null, offset })
  );
}

/** The action a clicked button stands for; undefined for ids this bot (this version) did not make. */
export function decodeButton(customId: string): Action | undefined {
  return decodeAction(customId);
}
