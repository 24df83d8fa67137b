// What a button remembers: action ids and the values that let a click replay or continue an answer.
// Values travel through Slack and back (≤ 2,000 characters), so they hold the question, never the answer.

import { LIMITS } from './limits.js';

export const ACTION = {
  share: 'cyberviews_share',
  more: 'cyberviews_more',
  full: 'cyberviews_full',
} as const;

/** How to produce a message again: run the same command line, or ask the same question from an offset. */
export type Replay =
  | { kind: 'command'; text: string }
  | { kind: 'ask'; question: string; offset: number }
  /** The rest of a digest that did not fit one message (topic null: the whole-article digest). */
  | { kind: 'digest'; topic: string | null; offset: number };

/** The button value for a replay, or undefined when it would not fit in a button (then no button is shown). */
export function encodeReplay(replay: Replay): string | undefined {
  const value =
    replay.kind === 'command'
      ? JSON.stringify({ c: replay.text })
      : replay.kind === 'digest'
        ? JSON.stringify({ d: replay.topic, o: replay.offset })
        : JSON.stringify({ q: replay.question, o: replay.offset });
  return value.length <= LIMITS.buttonValue ? value : undefined;
}

export function decodeReplay(value: string | undefined): Replay | undefined {
  if (value === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.c === 'string') return { kind: 'command', text: record.c };
  if ('d' in record && (typeof record.d === 'string' || record.d === null)) {
    const offset = record.o;
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0
      ? { kind: 'digest', topic: record.d, offset }
      : undefined;
  }
  if (typeof record.q === 'string' && Number.isInteger(record.o) && (record.o as number) >= 0) {
    return { kind: 'ask', question: record.q, offset: record.o as number };
  }
  return undefined;
}

/** Passage ids are short and stable ("p16"); anything else in a Full passage button is refused. */
export function decodePassageId(value: string | undefined): string | undefined {
  return value !== undefined && /^[\w-]{1,64}$/.test(value) ? value : undefined;
}
