// "Show full passage" and `/cyberviews note`: a whole paragraph, or the one carrying a footnote marker.

import type { APIButtonComponent } from 'discord.js';
import { formatParagraphs, type NoteResult, type Passage } from '../../../src/index.js';
import { LIMITS } from '../limits.js';
import { escapeMarkdown, formatLocation, renderHighlighted } from './markdown.js';
import { actionButton, buttonId, buttonRows, COLOURS, finish, linkButton, type Reply } from './reply.js';

const CONTINUES = ' (continues in the article)';

/** "Show full passage ¶N" for each passage whose id fits a button. */
export function fullPassageButtons(
  passages: readonly Pick<Passage, 'id' | 'paragraphs'>[],
): APIButtonComponent[] {
  return passages.flatMap((passage) =>
    actionButton(
      `Show full passage ${formatParagraphs(passage.paragraphs)}`,
      buttonId({ kind: 'full', passage: passage.id }),
    ),
  );
}

/** The whole paragraph (cut to one embed's description if it is ever longer), with its citation. */
export function renderFullPassage(passage: Passage, sourceUrl: string): Reply {
  const text = renderHighlighted(passage.text, [], LIMITS.embedDescription - CONTINUES.length);
  const description = text === escapeMarkdown(passage.text) ? text : `${text}${CONTINUES}`;
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: `${formatParagraphs(passage.paragraphs)} · ${escapeMarkdown(passage.section)}`,
        url: sourceUrl,
        description,
        fields: [
          { name: 'Citation', value: formatLocation(passage) },
          { name: 'Cite as', value: escapeMarkdown(passage.citation) },
        ],
      },
    ],
    components: buttonRows([linkButton('Read the article', sourceUrl)]),
    ephemeral: true,
  });
}

/** Where footnote `note` stands: the excerpt of its paragraph and a button for the whole of it. */
export function renderNote(result: NoteResult, sourceUrl: string, ephemeral: boolean): Reply {
  const { passage } = result;
  const buttons = [...fullPassageButtons([passage]), linkButton('Read the article', sourceUrl)];
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: `Note ${result.note} · ${formatParagraphs(passage.paragraphs)}, ${escapeMarkdown(passage.section)}`,
        url: sourceUrl,
        description: renderHighlighted(passage.excerpt, passage.highlights, 1500),
        fields: [{ name: 'Citation', value: formatLocation(passage) }],
      },
    ],
    components: buttonRows(buttons),
    ephemeral,
  });
}
