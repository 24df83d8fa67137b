// Help text, shared by every entry point. Usages and examples are command references: each platform
// writes them in its own syntax.

import { arg, command, placeholder } from '../present/message.js';
import type { Help, Subcommand } from './types.js';

const ENTRIES: (Help['entries'][number] & { command: Subcommand })[] = [
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
    command: 'help',
    usage: command('help', placeholder('command', 'command', true)),
    description: 'This help, or help on one command.',
    example: command('help', arg('command', 'cite')),
  },
];

export function help(topic?: Subcommand): Help {
  const entries = topic ? ENTRIES.filter((e) => e.command === topic) : ENTRIES;
  return {
    summary:
      'cyberviews answers questions about Michael D. Swaine, “Chinese Views on Cybersecurity in Foreign Relations,” China Leadership Monitor 42 (2013), with cited passages (page, paragraph, notes).',
    entries: (entries.length > 0 ? entries : ENTRIES).map(({ usage, description, example }) => ({
      usage,
      description,
      example,
    })),
  };
}
