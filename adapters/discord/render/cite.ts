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
    const { acknowledgement } = result;
    return notice(
      phraseNotFound(phrase, acknowledgement),
      acknowledgement ? 'In the acknowledgement note' : 'Phrase not found',
    );
  }
  const fields = matches.map((match) => {
    const closeness = match.similarity >= 1 ? 'exact' : `close match, ${Math.round(match.similarity * 100)}%`;
    return {
      name: truncate(`p. ${match.page}, ¶${match.paragraph} (${closeness})`, LIMITS.fieldName),
      value: `${escapeMarkdown(truncate(match.text, 700))}\n${formatLocation({ ...match, pages: [match.page, match.page] })}`,
    };
  });
  // One button per passage, however many matches stand in it, named for all it opens ("¶7–8").
  const passages = [...new Map(matches.map((match) => [match.passage.id, match.passage])).values()];
  const buttons = [...fullPassageButtons(passages), linkButton('Read the article', sourceUrl)];
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
