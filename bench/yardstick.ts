// The bench's yardstick: plain minisearch, default options, over the same paragraphs cyberviews searches.
// One definition, so the per-question comparison and the load test's Bolt app measure the same thing.

import MiniSearch from 'minisearch';
import type { Paragraph } from '../src/index.js';

export function plainMinisearch(
  paragraphs: readonly Paragraph[],
  options: { storeText?: boolean } = {},
): MiniSearch<{ id: string; text: string }> {
  const mini = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    ...(options.storeText ? { storeFields: ['text'] } : {}),
  });
  mini.addAll(paragraphs.map((p) => ({ id: p.id, text: p.text })));
  return mini;
}
