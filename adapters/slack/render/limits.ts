// Slack's size limits for messages, and the tools that keep every rendered message inside them.
// Figures from Slack's Block Kit reference (section, context, actions, button, header blocks; 50 blocks
// per message). The total-text budget is not documented: Slack answers `msg_blocks_too_long` a little
// above 13,000 characters of block text (slackapi/bolt-js#2509), so we stay well under it.

import { escapeText } from './escape.js';

export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  contextElements: 10,
  textObject: 3000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Slack truncates top-level `text` at 40,000 characters and advises keeping it under 4,000. */
  messageText: 4000,
  /** Sum of every text in the blocks; see the module header. */
  blocksTotalText: 12000,
} as const;

const ELLIPSIS = '…';

/** Cuts plain text to at most `max` characters, at a word boundary when one is near, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, max);
  const room = max - ELLIPSIS.length;
  const cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  const head = space >= room * 0.6 ? cut.slice(0, space) : cut;
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** Escapes plain text and cuts it so the escaped form is at most `max` characters (never inside an entity). */
export function fitEscaped(text: string, max: number): string {
  const escaped = escapeText(text);
  if (escaped.length <= max) return escaped;
  // Each escape grows a character by at most 4 (`&amp;`), so shrinking the source converges quickly.
  let room = Math.min(text.length, max);
  for (;;) {
    const candidate = escapeText(truncate(text, room));
    if (candidate.length <= max || room <= 1) return candidate.slice(0, max);
    room -= Math.max(1, candidate.length - max);
  }
}

/** Splits plain text into escaped pieces of at most `max` characters each, breaking at spaces where possible. */
export function chunkEscaped(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (escapeText(rest).length <= max) {
      chunks.push(escapeText(rest));
      break;
    }
    let end = Math.min(rest.length, max);
    while (end > 1 && escapeText(rest.slice(0, end)).length > max) end -= 1;
    const space = rest.lastIndexOf(' ', end);
    if (space > end * 0.6) end = space;
    chunks.push(escapeText(rest.slice(0, end).trimEnd()));
    rest = rest.slice(end).trimStart();
  }
  return chunks;
}
