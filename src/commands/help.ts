// Help text, shared by every entry point. Usages and examples are command references: each platform
// writes them in its own syntax.

import { arg, command, placeholder } from '../present/message.js';
import type { Help, HelpEntry, Subcommand } from './types.js';

/** What help lists: the subcommands, and the two things done without one (follow-ups, votes). */
type Topic = Subcommand | 'followup' | 'feedback';

const ENTRIES: (Help['entries'][number] & { command: Topic })[] = [
  {
    command: 'ask',
    usage: command('ask', placeholder('question')),
    description: 'Cited passages that answer a question about the article.',
    example: command('ask', arg('question', 'what is cyber sovereignty')),
  },
  {
    command: 'cite',
    usage: command('cite', placeholder('phrase')),
    description: 'Where a phrase stands: page, paragraph and the note that sources it.',
    example: command('cite', arg('phrase', 'lower-hanging fruit')),
  },
  {
    command: 'note',
    usage: command('note', placeholder('number', '1–85')),
    description: 'The passage that carries a footnote marker, on the marker’s page.',
    example: command('note', arg('number', '24')),
  },
  {
    command: 'sections',
    usage: command('sections'),
    description: 'The article’s outline with pages.',
    example: command('sections'),
  },
  {
    command: 'about',
    usage: command('about'),
    description: 'Title, author, venue, link and how to cite the article.',
    example: command('about'),
  },
  {
    command: 'digest',
    usage: command('digest', placeholder('topic', 'topic', true)),
    description: 'The article section by section, or its key passages on a topic with the kinds of source.',
    example: command('digest', arg('topic', 'double standard')),
  },
  {
    command: 'subscribe',
    usage: command(
      'subscribe',
      arg('cadence', 'daily|weekly'),
      placeholder('time', 'HH:MM', true),
      placeholder('topic', 'topic', true),
    ),
    description:
      'A scheduled digest in this channel (the next part of the article, or a topic), with a recap of its questions.',
    example: command(
      'subscribe',
      arg('cadence', 'weekly'),
      arg('time', '08:30'),
      arg('topic', 'cyber sovereignty'),
    ),
  },
  {
    command: 'unsubscribe',
    usage: command('unsubscribe'),
    description: 'Stop this channel’s scheduled digests.',
    example: command('unsubscribe'),
  },
  {
    command: 'subscriptions',
    usage: command('subscriptions'),
    description: 'This channel’s scheduled digest and when it posts next.',
    example: command('subscriptions'),
  },
  {
    command: 'followup',
    usage: 'Follow-ups: in the answer’s thread (Slack) or as a reply to it (Discord)',
    description:
      'Go on without the command: “what page is that on?”, “who said it?”, “cite it”, “more”, “show the full passage” are answered from the passage shown last; anything else is a new question. Slack: any message in a thread the bot answered in (for 7 days); Discord: reply to its answer with @cyberviews in it (Discord shows bots only the messages that mention them), or press Follow up under the answer where it offers one.',
    example: 'what page is that on?',
  },
  {
    command: 'feedback',
    usage: '👍 / 👎 under an answer',
    description:
      'Say whether the answer helped; a 👎 may add one line on what was wrong. The question, the passages shown and the vote are kept (as long as the question log), never who voted; the answers voted down become test questions.',
    example: '👎, then “the answer is on page 9”',
  },
  {
    command: 'help',
    usage: command('help', placeholder('command', 'command', true)),
    description: 'This help, or help on one command.',
    example: command('help', arg('command', 'cite')),
  },
];

/** The help, or help on one command; `own`: a platform's own commands, listed just before help itself. */
export function help(topic?: string, own: readonly (HelpEntry & { command: string })[] = []): Help {
  const all = [...ENTRIES.slice(0, -1), ...own, ...ENTRIES.slice(-1)];
  // Asking how to ask also tells how to go on from an answer.
  const entries = topic
    ? all.filter((e) => e.command === topic || (topic === 'ask' && e.command === 'followup'))
    : all;
  return {
    summary:
      'cyberviews answers questions about Michael D. Swaine, “Chinese Views on Cybersecurity in Foreign Relations,” China Leadership Monitor 42 (2013), with cited passages (page, paragraph, notes).',
    entries: (entries.length > 0 ? entries : all).map(({ usage, description, example }) => ({
      usage,
      description,
      example,
    })),
  };
}
