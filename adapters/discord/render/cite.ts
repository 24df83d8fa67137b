// `/cyberviews cite`: where a phrase stands in the article, one field per match.

import { type CiteResult, phraseNotFound, shownMatches } from '../../../src/index.js';
import { LIMITS, truncate } from '../limits.js';
import { escapeMarkdown, formatLocation } from './markdown.js';
import { fullPassageButtons } from './passage.js';
import { buttonRows, COLOURS, finish, linkButton, notice, type Reply } from './reply.js';

export function renderCite(result: CiteResult, sourceUrl: string, ephemeral: boolean): Reply {
  const matches = shownMatches(result);
  const phrase = escapeMarkdown(truncate(result.query, 200));
  if (matches.length === 0) {
    return notice(phraseNotFound(phrase), 'Phrase not found');
  }
  const fields = matches.map((match) => {
    const closeness = match.similarity >= 1 ? 'exact' : `close match, ${Math.round(match.similarity * 100)}%`;
    return {
      name: truncate(`p. ${match.page}, ¶${match.paragraph} (${closeness})`, LIMITS.fieldName),
      value: `${escapeMarkdown(truncate(match.text, 700))}\n${formatLocation({ ...match, pages: [match.page, match.page] })}`,
    };
  });
  // One button per paragraph, however many matches stand in it.
  const paragraphs = [...new Set(matches.map((match) => match.paragraph))];
  const buttons = [
    ...fullPassageButtons(
      paragraphs.map((paragraph) => ({ id: `p${paragraph}`, paragraphs: [paragraph, paragraph] as const })),
    ),
    linkButton('Read the article', sourceUrl),
  ];
  return finish({
    embeds: [
      {
        color: COLOURS.answer,
        title: truncate(`Where “${phrase}” stands`, LIMITS.embedTitle),
        url: sourceUrl,
        fields,
      },
    ],
    components: buttonRows(buttons),
    ephemeral,
  });
}
