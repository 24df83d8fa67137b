// Slack's side of button state: which handler a button goes to (its action_id), and its value, the
// core's action state (src/present/actions.ts) bounded by Slack's 2,000 characters.

import { type Action, encodeAction, type Replay } from '../../../src/index.js';
import { type ButtonElement, button } from './blocks.js';
import { LIMITS } from './limits.js';

export type { Replay };

export const ACTION = {
  share: 'cyberviews_share',
  more: 'cyberviews_more',
  full: 'cyberviews_full',
  /** 👍 and 👎 share a handler; their action ids differ (`:up`, `:down`), as Slack wants within a block. */
  vote: 'cyberviews_vote',
} as const;

/** Every button's action_id starts so: the app's router sends it to a button handler. */
export const ACTION_PREFIX = 'cyberviews_';

export type ButtonKind = keyof typeof ACTION;

/**
 * Which of our buttons an action_id is (`cyberviews_full:p12` is `full`), or undefined for any other id.
 * The one reading of an action_id: the router dispatches on it, the access log names it.
 */
export function buttonKind(actionId: string): ButtonKind | undefined {
  if (!actionId.startsWith(ACTION_PREFIX)) return undefined;
  const colon = actionId.indexOf(':');
  const kind = actionId.slice(ACTION_PREFIX.length, colon < 0 ? undefined : colon);
  return Object.hasOwn(ACTION, kind) ? (kind as ButtonKind) : undefined;
}

/** The modal a 👎 opens for its optional reason. */
export const REASON_VIEW = 'cyberviews_vote_reason';

/** A button's value for `action`, or undefined when it would not fit (then no button is shown). */
export function buttonValue(action: Action): string | undefined {
  return encodeAction(action, LIMITS.buttonValue);
}

/** "Share in channel", replaying `share`; none without a replay, or when it does not fit a value. */
export function shareButtons(share: Replay | undefined): ButtonElement[] {
  const value = share && buttonValue({ kind: 'share', replay: share });
  return value === undefined ? [] : [button('Share in channel', ACTION.share, value, 'primary')];
}
