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

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(object: unknown): string | undefined {
  return isRecord(object) && typeof object.text === 'string' ? object.text : undefined;
}

/**
 * Every way a message payload (as sent to chat.postMessage or a response_url) breaks Slack's limits;
 * an empty list means Slack will accept it. Works on the wire form, so tests can check what was sent.
 */
export function limitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  const tooLong = (where: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max)
      problems.push(`${where}: ${value.length} > ${max} characters`);
  };
  let total = 0;
  const count = (value: string | undefined) => {
    total += value?.length ?? 0;
  };

  if (typeof message.text === 'string') tooLong('text', message.text, LIMITS.messageText);
  const blocks = Array.isArray(message.blocks) ? message.blocks : [];
  if (blocks.length > LIMITS.blocksPerMessage) {
    problems.push(`blocks: ${blocks.length} > ${LIMITS.blocksPerMessage}`);
  }

  const checkButton = (where: string, element: unknown) => {
    if (!isRecord(element) || element.type !== 'button') return;
    const label = textOf(element.text);
    tooLong(`${where}.text`, label, LIMITS.buttonText);
    count(label);
    if (typeof element.value === 'string') tooLong(`${where}.value`, element.value, LIMITS.buttonValue);
    if (typeof element.action_id === 'string')
      tooLong(`${where}.action_id`, element.action_id, LIMITS.actionId);
  };

  blocks.forEach((block, i) => {
    const where = `blocks[${i}]`;
    if (!isRecord(block)) {
      problems.push(`${where}: not an object`);
      return;
    }
    if (typeof block.block_id === 'string') tooLong(`${where}.block_id`, block.block_id, LIMITS.blockId);
    switch (block.type) {
      case 'section': {
        const text = textOf(block.text);
        tooLong(`${where}.text`, text, LIMITS.sectionText);
        if (text !== undefined && text.length === 0) problems.push(`${where}.text: empty`);
        count(text);
        const fields = Array.isArray(block.fields) ? block.fields : [];
        if (fields.length > LIMITS.sectionFields) problems.push(`${where}.fields: ${fields.length} > 10`);
        fields.forEach((field, j) => {
          tooLong(`${where}.fields[${j}]`, textOf(field), LIMITS.sectionFieldText);
          count(textOf(field));
        });
        if (text === undefined && fields.length === 0) problems.push(`${where}: neither text nor fields`);
        checkButton(`${where}.accessory`, block.accessory);
        break;
      }
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0) problems.push(`${where}.elements: empty`);
        if (elements.length > LIMITS.contextElements) {
          problems.push(`${where}.elements: ${elements.length} > ${LIMITS.contextElements}`);
        }
        elements.forEach((element, j) => {
          tooLong(`${where}.elements[${j}]`, textOf(element), LIMITS.textObject);
          count(textOf(element));
        });
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0) problems.push(`${where}.elements: empty`);
        if (elements.length > LIMITS.actionsElements) {
          problems.push(`${where}.elements: ${elements.length} > ${LIMITS.actionsElements}`);
        }
        elements.forEach((element, j) => {
          checkButton(`${where}.elements[${j}]`, element);
        });
        break;
      }
      case 'header': {
        const text = textOf(block.text);
        tooLong(`${where}.text`, text, LIMITS.headerText);
        count(text);
        break;
      }
      default:
        break;
    }
  });
  if (total > LIMITS.blocksTotalText)
    problems.push(`blocks total text: ${total} > ${LIMITS.blocksTotalText}`);
  return problems;
}
