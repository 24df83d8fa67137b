// `/cyberviews digest <topic>`: what the article says on a topic, as its key passages grouped by section,
// each labelled with the kinds of Chinese source it reports. Ranking is the core's own search.

import { MAX_LIMIT } from '../answer/answer.js';
import type { Answer, Article } from '../types.js';
import { sentencesItem } from './extract.js';
import type { Digest } from './types.js';

/** At most this many passages: a digest picks, it does not list every mention. */
export const TOPIC_ITEMS = 8;
/** Passages scoring below this share of the best are side mentions, not what the article says on it. */
const RELATIVE_FLOOR = 0.5;
const MAX_ITEM = 600;

/** Topics the article treats at length; offered when a topic draws a blank (each checked before use). */
const EXAMPLE_TOPICS = [
  'cyber sovereignty',
  'double standard',
  'ICANN',
  'cyber arms race',
  'Internet freedom',
];

export interface TopicSource {
  readonly article: Article;
  ask(question: string, options?: { limit?: number; offset?: number }): Answer;
}

/** The key passages on `topic`, grouped by section in article order; an empty digest explains itself. */
export function digestTopic(core: TopicSource, topic: string): Digest {
  const answer = core.ask(topic, { limit: MAX_LIMIT });
  const title = `What the article says on “${topic}”`;
  if (!answer.answered || answer.passages.length === 0) {
    return {
      kind: 'topic',
      topic,
      title,
      items: [],
      message: `The article has nothing on “${topic}”.`,
      suggestions: suggestionsFor(core, answer),
    };
  }
  const top = answer.passages[0]?.score ?? 0;
  const byId = new Map(core.article.paragraphs.map((p) => [p.id, p]));
  const items = answer.passages
    .filter((passage) => passage.score >= top * RELATIVE_FLOOR)
    .slice(0, TOPIC_ITEMS)
    .flatMap((passage) => {
      const paragraph = byId.get(passage.id);
      if (!paragraph) return [];
      // The excerpt may be cut inside a sentence ("…"); the digest quotes the whole sentences it spans.
      const quoted = passage.excerpt.replace(/^…\s*|\s*…$/g, '');
      const at = paragraph.text.indexOf(quoted.slice(0, 80));
      const start = Math.max(at, 0);
      const end = at >= 0 ? at + quoted.length : (paragraph.sentences[0]?.end ?? paragraph.text.length);
      return [sentencesItem(core.article.meta, paragraph, start, end, MAX_ITEM)];
    })
    .sort((a, b) => a.paragraph - b.paragraph);
  return { kind: 'topic', topic, title, items };
}

function suggestionsFor(core: TopicSource, answer: Answer): string[] {
  const candidates = [...(answer.suggestion ? [answer.suggestion] : []), ...EXAMPLE_TOPICS];
  const seen = new Set<string>();
  return candidates
    .filter((candidate) => {
      const key = candidate.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return core.ask(candidate, { limit: 1 }).answered;
    })
    .slice(0, 4);
}
