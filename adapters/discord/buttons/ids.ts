// Custom ids of the buttons the bot puts under its answers. Discord caps them at 100 characters and
// hands them back on click, so they carry only short, stable things: an offset, a passage id.

import { LIMITS } from '../limits.js';

export type ButtonAction =
  | { kind: 'more'; offset: number }
  | { kind: 'full'; passage: string }
  | { kind: 'ask'; question: string }
  /** The rest of a digest from `offset`; topic '' is the whole-article digest. */
  | { kind: 'digest'; offset: number; topic: string };

const PREFIX = 'cv';

/** The custom id for an action, or undefined when it would not fit Discord's 100 characters. */
export function encodeButton(action: ButtonAction): string | undefined {
  const id =
    action.kind === 'more'
      ? `${PREFIX}:more:${action.offset}`
      : action.kind === 'full'
        ? `${PREFIX}:full:${action.passage}`
        : action.kind === 'digest'
          ? `${PREFIX}:digest:${action.offset}:${action.topic}`
          : `${PREFIX}:ask:${action.question}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

/** The action a clicked button stands for; undefined for ids this bot did not make. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const digest = /^cv:digest:(\d{1,6}):([\s\S]*)$/.exec(customId);
  if (digest) return { kind: 'digest', offset: Number(digest[1]), topic: digest[2] ?? '' };
  const match = /^cv:(more|full|ask):([\s\S]+)$/.exec(customId);
  if (!match?.[2]) return undefined;
  const [, kind, arg] = match;
  if (kind === 'more') {
    const offset = Number(arg);
    return Number.isSafeInteger(offset) && offset >= 0 ? { kind, offset } : undefined;
  }
  if (kind === 'full') return { kind, passage: arg };
  return { kind: 'ask', question: arg };
}
