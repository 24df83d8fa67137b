// A `/cyberviews …` line → Command. Shared by the console, Slack and anything that takes free text.

import { arg, type CommandRef, command, type Message, message } from '../present/message.js';
import type { Command, Subcommand } from './types.js';

/** The question the messages below give as an example. */
const SAMPLE_QUESTION = command('ask', arg('question', 'what is cyber sovereignty'));

/** Longest question or phrase accepted; longer input is refused with a clear message. */
export const MAX_INPUT = 500;
/**
 * The article's footnote numbers, as a constant because the Discord option bounds are declared before any
 * article is loaded; a test holds it to the markers segmentation finds.
 */
export const NOTE_RANGE = { first: 1, last: 85 } as const;

/** What to say about a note number outside the article's range, wherever it is caught. */
export function noteRangeMessage(first: number, last: number): Message {
  return message`The article has notes ${first}–${last}; try ${command('note', arg('number', '24'))}.`;
}

/** Every subcommand, in the order help and Discord's command list show them. */
export const SUBCOMMANDS: readonly Subcommand[] = [
  'ask',
  'cite',
  'note',
  'sections',
  'about',
  'digest',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'help',
];
/** Words that are a subcommand only when they stand alone (otherwise they begin a question). */
const ALONE_ONLY = new Set<Subcommand>(['sections', 'about', 'unsubscribe', 'subscriptions']);

const isSubcommand = (word: string): word is Subcommand => (SUBCOMMANDS as readonly string[]).includes(word);

/** Removes control and zero-width characters and collapses whitespace. */
export function cleanInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, '')
    .replace(/[\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A command as the core should search it, with a platform's mention syntax taken out by `strip`: a
 * question or digest topic without mentions (a topic that is nothing but mentions stays, so the reply
 * says the article has nothing on it).
 */
export function withoutMentionsIn(command: Command, strip: (text: string) => string): Command {
  if (command.kind === 'ask') return { ...command, question: strip(command.question) };
  if (command.kind === 'digest' && command.topic !== undefined) {
    const topic = cleanInput(strip(command.topic));
    return topic === '' ? command : { ...command, topic };
  }
  return command;
}

export function parseCommand(input: string): Command {
  const text = cleanInput(input).replace(/^\/?cyberviews\b\s*/i, '');
  if (text === '') return { kind: 'help' };
  const [head = '', ...restWords] = text.split(' ');
  const word = head.toLowerCase();
  const rest = restWords.join(' ');
  if (!isSubcommand(word) || (ALONE_ONLY.has(word) && rest !== '')) return askCommand(text);
  switch (word) {
    case 'ask':
      return askCommand(rest);
    case 'cite':
      return citeCommand(rest);
    case 'note':
      return note(rest);
    case 'help': {
      const topic = rest.toLowerCase();
      if (topic === '') return { kind: 'help' };
      return isSubcommand(topic) ? { kind: 'help', topic } : askCommand(text);
    }
    case 'digest':
      if (rest.length > MAX_INPUT)
        return tooLong('topic', rest, command('digest', arg('topic', 'double standard')));
      return rest === '' ? { kind: 'digest' } : { kind: 'digest', topic: rest };
    case 'subscribe':
      if (rest.length > MAX_INPUT)
        return tooLong(
          'schedule',
          rest,
          command('subscribe', arg('cadence', 'weekly'), arg('time', '09:00')),
        );
      return { kind: 'subscribe', args: rest };
    default:
      return { kind: word };
  }
}

/** `ask` with a question already cleaned: the question, or what to type when it is empty or too long. */
export function askCommand(question: string): Command {
  if (question === '') return invalid(message`Ask a question about the article, e.g. ${SAMPLE_QUESTION}.`);
  if (question.length > MAX_INPUT) {
    return invalid(
      message`That question is ${question.length} characters long; the limit is ${MAX_INPUT}. Ask about one point at a time, e.g. ${SAMPLE_QUESTION}.`,
    );
  }
  return { kind: 'ask', question };
}

/** `cite` with a phrase already cleaned: the phrase, or what to type when it is empty or too long. */
export function citeCommand(phrase: string): Command {
  if (phrase === '')
    return invalid(
      message`Give a phrase to look up, e.g. ${command('cite', arg('phrase', 'lower-hanging fruit'))}.`,
    );
  if (phrase.length > MAX_INPUT) {
    return invalid(
      `That phrase is ${phrase.length} characters long; the limit is ${MAX_INPUT}. Quote a few words.`,
    );
  }
  return { kind: 'cite', phrase };
}

function note(text: string): Command {
  const range = noteRangeMessage(NOTE_RANGE.first, NOTE_RANGE.last);
  if (!/^\d{1,6}$/.test(text))
    return invalid(
      text === ''
        ? message`Which note? ${range}`
        : message`"${text.slice(0, 40)}" is not a note number. ${range}`,
    );
  const n = Number(text);
  if (n < NOTE_RANGE.first || n > NOTE_RANGE.last) return invalid(message`There is no note ${n}. ${range}`);
  return { kind: 'note', note: n };
}

const invalid = (text: Message | string): Command => ({
  kind: 'invalid',
  message: typeof text === 'string' ? [text] : text,
});

const tooLong = (what: string, text: string, example: CommandRef): Command =>
  invalid(
    message`That ${what} is ${text.length} characters long; the limit is ${MAX_INPUT}. Keep it short, e.g. ${example}.`,
  );
