// Block Kit building blocks, each already cut to Slack's limits, and the message shape every renderer returns.

import type { types } from '@slack/bolt';
import { fitEscaped, LIMITS, truncate } from './limits.js';

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

/** A message ready for respond(), say() or chat.postMessage: fallback text plus blocks. */
export interface SlackMessage {
  /** Notification and screen-reader text; already escaped. */
  text: string;
  blocks: Block[];
}

/** A mrkdwn section; `mrkdwn` must already be escaped (use escapeText or fitEscaped). */
export function section(mrkdwn: string, accessory?: ButtonElement): types.SectionBlock {
  const text = { type: 'mrkdwn' as const, text: mrkdwn.length > 0 ? mrkdwn : ' ' };
  return accessory === undefined ? { type: 'section', text } : { type: 'section', text, accessory };
}

/** A context line of up to ten escaped mrkdwn pieces. */
export function context(...pieces: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: pieces
      .filter((piece) => piece.length > 0)
      .slice(0, LIMITS.contextElements)
      .map((piece) => ({ type: 'mrkdwn' as const, text: piece.slice(0, LIMITS.textObject) })),
  };
}

export function actions(...buttons: ButtonElement[]): types.ActionsBlock {
  return { type: 'actions', elements: buttons.slice(0, LIMITS.actionsElements) };
}

export function button(label: string, actionId: string, value: string, style?: 'primary'): ButtonElement {
  const element: ButtonElement = {
    type: 'button',
    text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText) },
    action_id: actionId.slice(0, LIMITS.actionId),
    value: value.slice(0, LIMITS.buttonValue),
  };
  return style === undefined ? element : { ...element, style };
}

/**
 * Text shown exactly as written, whatever `*`, `_`, `~`, backticks or `>` it holds: for anything that
 * quotes what a user typed. Escaped here (`&`, `<`, `>`), as every text Slack shows.
 */
export function plain(text: string, max: number = LIMITS.textObject): types.PlainTextElement {
  return { type: 'plain_text', text: fitEscaped(text, max) || ' ', emoji: false };
}

/** A notice that quotes the user (a bad argument, a topic, a phrase): plain_text, so typed markdown stays literal. */
export function quotingNotice(text: string, hint?: string): SlackMessage {
  const blocks: Block[] = [{ type: 'section', text: plain(text, LIMITS.sectionText) }];
  if (hint !== undefined) blocks.push(context(fitEscaped(hint, LIMITS.textObject)));
  return { text: fitEscaped(text, LIMITS.messageText), blocks };
}

/** A one-section message: for notices, refusals and errors. `plain` is plain text, escaped here. */
export function notice(plain: string, hint?: string): SlackMessage {
  const body = fitEscaped(plain, LIMITS.sectionText);
  const blocks: Block[] = [section(body)];
  if (hint !== undefined) blocks.push(context(fitEscaped(hint, LIMITS.textObject)));
  return { text: fitEscaped(plain, LIMITS.messageText), blocks };
}
