// `/cyberviews cite`: where a phrase stands in the article, one field per match.

import type { APIButtonComponent } from 'discord.js';
import { type CiteResult, shownMatches } from '../../../src/index.js';
import { buttonId } from '../buttons/ids.js';
import { LIMITS, truncate } from '../limits.js';
import { formatLocation } from './citation.js';
import { escapeMarkdown } from './markdown.js';
import { actionButton, buttonRows, COLOURS, finish, linkButton, notice, type Reply } from './reply.js';

export function renderCite(result: CiteResult, sourceUrl: string, ephemeral: boolean): Reply {
  const matches = shownMatches(result);
  const phrase = escapeMarkdown(truncate(result.query, 200));
  if (matches.length === 0) {
    return notice(
      `No passage quotes “${phrase}”. Check the wording, or try \`/cyberviews ask\` with a question instead.`,
      'Phrase not found',
    );
  }
  const fields = matches.map((match) => {
    const closeness = match.similarity >= 1 ? 'exact' : `close match, ${Math.round(match.similarity * 100)}%`;
    return {
      name: truncate(`p. ${match.page}, ¶${match.paragraph} (${closeness})`, LIMITS.fieldName),
      value: `${escapeMarkdown(truncate(match.text, 700))}\n${formatLocation({ ...match, pages: [match.page, match.page] })}`,
    };
  });
  const seen = new Set<number>();
  const buttons: APIButtonComponent[] = [];
  for (const match of matches) {
    const id = buttonId({ kind: 'full', passage: `p${match.paragraph}` });
    if (id && !seen.has(match.paragraph))
      buttons.push(actionButton(`Show full passage ¶${match.paragraph}`, id));
    seen.add(match.paragraph);
  }
  buttons.push(linkButton('Read the article', sourceUrl));
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
