// The article's outline and the facts a reader needs to cite it.

import type { About } from '../commands/types.js';
import { articleReference, formatPages } from '../corpus/citation.js';
import type { Article, OutlineEntry } from '../types.js';

export function outline(article: Article): OutlineEntry[] {
  return article.sections.map((s) => ({
    index: s.index,
    title: s.title,
    pages: [...s.pages],
    paragraphs: [...s.paragraphs],
  }));
}

export function about(article: Article): About {
  const { meta } = article;
  return {
    meta,
    citation: `${articleReference(meta)}, ${formatPages(meta.pages)}, ${meta.url}`,
    coverage:
      'Chinese official, semi-official and unofficial views on cybersecurity: how China defines it, the threat it sees from the United States, the motives it ascribes, its preference for UN-made rules and “cyber sovereignty”, and the author’s conclusions.',
  };
}
