// Block Kit building blocks, each already cut to Slack's limits, and the message shape every renderer returns.

import type { types } from '@slack/bolt';
import { type Message, type Notice, noticeOf } from '../../../src/index.js';
import { slackText } from './command.js';
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

/**
 * The core's notice (refusals, errors, what a stale click is told) as one section, its hint in a context
 * line. `quoting`: the text quotes what the user typed (a bad argument, a topic, a phrase), so it goes as
 * plain_text and typed markdown stays literal. Escaped here, as every text Slack shows.
 */
export function notice(said: Notice | Message | string, quoting = false): SlackMessage {
  const { text, hint } = noticeOf(said);
  const body = slackText(text);
  const blocks: Block[] = [
    quoting
      ? { type: 'section', text: plain(body, LIMITS.sectionText) }
      : section(fitEscaped(body, LIMITS.sectionText)),
  ];
  if (hint !== undefined) blocks.push(context(fitEscaped(slackText(hint), LIMITS.textObject)));
  return { text: fitEscaped(body, LIMITS.messageText), blocks };
}
