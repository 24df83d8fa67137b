// The article's outline, its bibliographic facts, and the help text.

import { type About, formatPages, type Help, type OutlineEntry } from '../../../src/index.js';
import { discordCommand } from './command.js';
import { escapeMarkdown } from './markdown.js';
import { buttonRows, COLOURS, finish, linkButton, type Reply } from './reply.js';

export function renderOutline(outline: readonly OutlineEntry[], about: About, ephemeral: boolean): Reply {
  const lines = outline.map((entry) => {
    const [first, last] = entry.paragraphs;
    const paragraphs = first === last ? `¶${first}` : `¶${first}–${last}`;
    return `**${entry.index}. ${escapeMarkdown(entry.title)}**, ${formatPages(entry.pages)}, ${paragraphs}`;
  });
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: `Sections of “${escapeMarkdown(about.meta.title)}”`,
        url: about.meta.url,
        description: lines.join('\n'),
      },
    ],
    components: buttonRows([linkButton('Read the article', about.meta.url)]),
    ephemeral,
  });
}

export function renderAbout(about: About, ephemeral: boolean): Reply {
  const { meta } = about;
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: escapeMarkdown(meta.title),
        url: meta.url,
        description: escapeMarkdown(meta.summary),
        fields: [
          { name: 'Author', value: escapeMarkdown(meta.author), inline: true },
          {
            name: 'Published',
            value: escapeMarkdown(`${meta.venue} ${meta.issue}, ${meta.date}, ${formatPages(meta.pages)}`),
            inline: true,
          },
          { name: 'Cite as', value: escapeMarkdown(about.citation) },
          { name: 'What this bot covers', value: escapeMarkdown(about.coverage) },
        ],
      },
    ],
    components: buttonRows([linkButton('Read the article', meta.url)]),
    ephemeral,
  });
}

/** Help is for the one who asked, so it is always ephemeral. */
export function renderHelp(help: Help): Reply {
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: 'cyberviews: how to ask',
        description: escapeMarkdown(help.summary),
        fields: help.entries.map((entry) => ({
          name: typeof entry.usage === 'string' ? escapeMarkdown(entry.usage) : discordCommand(entry.usage),
          value:
            typeof entry.example === 'string'
              ? `${entry.description}\nExample: ${escapeMarkdown(entry.example)}`
              : `${entry.description}\nExample: \`${discordCommand(entry.example).replaceAll('`', "'")}\``,
        })),
      },
    ],
    components: [],
    ephemeral: true,
  });
}
