// Reads the embedded corpus (corpus/ at the project root) and segments it once.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleMeta } from '../types.js';
import { segmentArticle } from './article.js';
import type { Speaker } from './quotations.js';

interface CorpusMeta extends Omit<ArticleMeta, 'pages'> {
  text: string;
  runningHead: string;
  notes: number;
}

/** The corpus folder shipped with the project, found relative to this module (src/ or dist/src/). */
export function defaultCorpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${join('dist', 'src')}`) ? ['..', '..', '..'] : ['..', '..'];
  return join(here, ...up, 'corpus');
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Loads and segments the article from a corpus folder. */
export function loadArticle(corpusDir = defaultCorpusDir()): Article {
  const meta = readJson<CorpusMeta>(join(corpusDir, 'article.json'));
  const text = readFileSync(join(corpusDir, meta.text), 'utf8');
  const { speakers } = readJson<{ speakers: Speaker[] }>(join(corpusDir, 'speakers.json'));
  const article = segmentArticle({
    text,
    meta: {
      title: meta.title,
      author: meta.author,
      venue: meta.venue,
      issue: meta.issue,
      year: meta.year,
      date: meta.date,
      url: meta.url,
      summary: meta.summary,
      pages: [1, 1],
    },
    runningHead: meta.runningHead,
    speakers,
    noteCount: meta.notes,
  });
  article.meta.pages = [1, article.paragraphs.at(-1)?.pages[1] ?? 1];
  return article;
}
