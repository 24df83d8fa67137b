// What Slack would reject in a message payload, as the fakes' check on what the app sends: every
// renderer is tested against it. Test code, not the adapter's: the app keeps its payloads inside the
// limits by construction (adapters/slack/render/limits.ts).

import { LIMITS } from '../../../adapters/slack/render/limits.js';

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

  /** A context or actions block's elements, with a problem for none or too many. */
  const elementsOf = (where: string, block: Json, max: number): unknown[] => {
    const elements: unknown[] = Array.isArray(block.elements) ? block.elements : [];
    if (elements.length === 0) problems.push(`${where}.elements: empty`);
    if (elements.length > max) problems.push(`${where}.elements: ${elements.length} > ${max}`);
    return elements;
  };

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
        elementsOf(where, block, LIMITS.contextElements).forEach((element, j) => {
          tooLong(`${where}.elements[${j}]`, textOf(element), LIMITS.textObject);
          count(textOf(element));
        });
        break;
      }
      case 'actions': {
        elementsOf(where, block, LIMITS.actionsElements).forEach((element, j) => {
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
