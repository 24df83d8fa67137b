// Quick lookups in Block Kit: where a phrase stands (cite) and the passage behind a footnote (note).

import { type CiteResult, type NoteResult, phraseNotFound, shownMatches } from '../../../src/index.js';
import { actions, type Block, context, notice, plain, type SlackMessage, section } from './blocks.js';
import { link } from './escape.js';
import { fitEscaped, LIMITS } from './limits.js';
import { passageBlocks } from './passage.js';
import { type Replay, shareButtons } from './state.js';

export function renderCite(result: CiteResult, sourceUrl: string, share?: Replay): SlackMessage {
  if (result.matches.length === 0) {
    return notice(phraseNotFound(result.query, result.acknowledgement), true);
  }
  const blocks: Block[] = [
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*Where it appears:*' }, plain(`“${result.query}”`, 200)],
    },
  ];
  const matches = shownMatches(result);
  const budget = Math.floor((LIMITS.blocksTotalText - 600) / matches.length);
  matches.forEach((match, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    const quote = fitEscaped(
      match.text.replace(/\s/g, ' '),
      Math.min(LIMITS.sectionText - 1, Math.floor(budget * 0.7)),
    );
    blocks.push(section(`>${quote}`));
    const closeness = match.similarity < 1 ? `close match (${Math.round(match.similarity * 100)}%)` : '';
    const citation = fitEscaped(match.citation, Math.floor(budget * 0.3) - 100);
    blocks.push(context(citation, closeness, link(sourceUrl, 'Read the article')));
  });
  const shared = shareButtons(share);
  if (shared.length > 0) blocks.push(actions(...shared));
  const top = result.matches[0];
  return { text: fitEscaped(`“${result.query}”: ${top?.citation ?? ''}`, LIMITS.messageText), blocks };
}

export function renderNote(result: NoteResult, sourceUrl: string, share?: Replay): SlackMessage {
  const blocks: Block[] = [context(`*Note ${result.note}* stands in this passage:`)];
  blocks.push(...passageBlocks(result.passage, sourceUrl));
  const shared = shareButtons(share);
  if (shared.length > 0) blocks.push(actions(...shared));
  return { text: fitEscaped(`Note ${result.note}: ${result.passage.citation}`, LIMITS.messageText), blocks };
}
