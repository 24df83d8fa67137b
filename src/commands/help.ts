// Help text, shared by every entry point.

import type { Help, Subcommand } from './types.js';

const ENTRIES: (Help['entries'][number] & { command: Subcommand })[] = [
  {
    command: 'ask',
    usage: '/cyberviews <question>',
    description: 'Cited passages that answer a question about the article.',
    example: '/cyberviews what is cyber sovereignty',
  },
  {
    command: 'cite',
    usage: '/cyberviews cite <phrase>',
    description: 'Where a phrase stands: page, paragraph and the note that sources it.',
    example: '/cyberviews cite lower-hanging fruit',
  },
  {
    command: 'note',
    usage: '/cyberviews note <1–85>',
    description: 'The passage that carries a footnote marker, on the marker’s page.',
    example: '/cyberviews note 24',
  },
  {
    command: 'sections',
    usage: '/cyberviews sections',
    description: 'The article’s outline with pages.',
    example: '/cyberviews sections',
  },
  {
    command: 'about',
    usage: '/cyberviews about',
    description: 'Title, author, venue, link and how to cite the article.',
    example: '/cyberviews about',
  },
  {
    command: 'digest',
    usage: '/cyberviews digest [topic]',
    description: 'The article section by section, or its key passages on a topic with the kinds of source.',
    example: '/cyberviews digest double standard',
  },
  {
    command: 'subscribe',
    usage: '/cyberviews subscribe daily|weekly [HH:MM] [topic]',
    description:
      'A scheduled digest in this channel (the next part of the article, or a topic), with a recap of its questions.',
    example: '/cyberviews subscribe weekly 08:30 cyber sovereignty',
  },
  {
    command: 'unsubscribe',
    usage: '/cyberviews unsubscribe',
    description: 'Stop this channel’s scheduled digests.',
    example: '/cyberviews unsubscribe',
  },
  {
    command: 'subscriptions',
    usage: '/cyberviews subscriptions',
    description: 'This channel’s scheduled digest and when it posts next.',
    example: '/cyberviews subscriptions',
  },
  {
    command: 'help',
    usage: '/cyberviews help [command]',
    description: 'This help, or help on one command.',
    example: '/cyberviews help cite',
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
