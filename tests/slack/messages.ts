// Reading a Block Kit message the way a user sees it: its texts, its buttons, its links.

/** A message as recorded off the wire. */
export type Message = Record<string, unknown>;

/**
 * What the readers below take: a recorded `Message` or a renderer's `SlackMessage`. Only the text and
 * the blocks are read, each checked before use.
 */
export interface Readable {
  readonly text?: unknown;
  readonly blocks?: unknown;
}

interface ButtonSeen {
  label: string;
  actionId: string;
  value: string;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? (value.filter((v) => typeof v === 'object' && v !== null) as Record<string, unknown>[])
    : [];
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/** Every text shown in the blocks, in order. */
export function blockTexts(message: Readable): string[] {
  const texts: string[] = [];
  for (const block of records(message.blocks)) {
    const text = textOf(block.text);
    if (text !== undefined) texts.push(text);
    for (const field of records(block.fields)) texts.push(textOf(field) ?? '');
    for (const element of records(block.elements)) {
      const label = textOf(element.text) ?? textOf(element);
      if (label !== undefined) texts.push(label);
    }
    const accessory = block.accessory;
    if (typeof accessory === 'object' && accessory !== null) {
      const label = textOf((accessory as { text?: unknown }).text);
      if (label !== undefined) texts.push(label);
    }
  }
  return texts;
}

/** Every text object Slack formats as mrkdwn (section texts and fields, context elements). */
export function mrkdwnTexts(message: Readable): string[] {
  const texts: string[] = [];
  for (const block of records(message.blocks)) {
    for (const object of [block.text, ...records(block.fields), ...records(block.elements)]) {
      if (typeof object !== 'object' || object === null) continue;
      const { type, text } = object as { type?: unknown; text?: unknown };
      if (type === 'mrkdwn' && typeof text === 'string') texts.push(text);
    }
  }
  return texts;
}

/** Everything the user can read: fallback text plus block texts. */
export function visibleText(message: Readable): string {
  return [typeof message.text === 'string' ? message.text : '', ...blockTexts(message)].join('\n');
}

export function buttons(message: Readable): ButtonSeen[] {
  const found: ButtonSeen[] = [];
  const add = (element: Record<string, unknown>) => {
    if (element.type !== 'button') return;
    const label = textOf(element.text) ?? '';
    found.push({ label, actionId: String(element.action_id ?? ''), value: String(element.value ?? '') });
  };
  for (const block of records(message.blocks)) {
    for (const element of records(block.elements)) add(element);
    if (typeof block.accessory === 'object' && block.accessory !== null)
      add(block.accessory as Record<string, unknown>);
  }
  return found;
}

export function button(message: Readable, label: string, nth = 0): ButtonSeen {
  const found = buttons(message).filter((b) => b.label === label)[nth];
  if (found === undefined)
    throw new Error(`no button "${label}" #${nth} in ${JSON.stringify(message.blocks)}`);
  return found;
}

/** Sections whose text is a quoted excerpt (the passages). */
export function excerpts(message: Readable): string[] {
  return records(message.blocks)
    .filter((block) => block.type === 'section')
    .map((block) => textOf(block.text) ?? '')
    .filter((text) => text.startsWith('>'));
}

/** Context lines (citations, echoes). */
export function contexts(message: Readable): string[] {
  return records(message.blocks)
    .filter((block) => block.type === 'context')
    .map((block) =>
      records(block.elements)
        .map((e) => textOf(e) ?? '')
        .join(' '),
    );
}

/**
 * Every `<…>` control sequence in the message's texts. Only the links we compose may appear:
 * never `<!channel>`, `<!here>`, `<@U…>` or `<#C…>` that could ping or point at anyone.
 */
export function controlSequences(message: Readable): string[] {
  return visibleText(message).match(/<[^>]*>/g) ?? [];
}
