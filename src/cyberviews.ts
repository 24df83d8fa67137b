// The core, assembled: the segmented article, its index and glossary, and the commands over them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from './answer/answer.js';
import {
  ACKNOWLEDGEMENT_ID,
  acknowledgementPassage,
  passageQuotations,
  toPassage,
} from './answer/passage.js';
import { help } from './commands/help.js';
import { parseCommand } from './commands/parse.js';
import type { Command, CommandResult, Cyberviews } from './commands/types.js';
import { defaultCorpusDir, loadArticle, readJson } from './corpus/load.js';
import { digestArticle } from './digest/article.js';
import { digestTopic } from './digest/topic.js';
import type { Digest } from './digest/types.js';
import { citePhrase } from './lookup/cite.js';
import { findNote, noteOutOfRange } from './lookup/note.js';
import { about, outline } from './lookup/outline.js';
import { command, type Message, message } from './present/message.js';
import { Glossary, type GlossaryEntry } from './search/glossary.js';
import { PassageIndex } from './search/index.js';
import { NO_READERS_WORDS, type ReadersWords } from './search/readers.js';
import type { Article } from './types.js';

export interface CoreOptions {
  corpusDir?: string;
  /** Readers' words to rank with instead of the corpus's own (`npm run learn` cross-validates with it). */
  readersWords?: ReadersWords;
}

/** The domain glossary with its lazily read tables (WordNet synonyms, CC-CEDICT terms). */
export function loadGlossary(corpusDir: string): Glossary {
  return new Glossary(
    readJson<{ entries: GlossaryEntry[] }>(join(corpusDir, 'glossary.json')).entries,
    () => readJson<Record<string, string[]>>(join(corpusDir, 'synonyms.json')),
    () => readJson<Record<string, string[][]>>(join(corpusDir, 'zh-terms.json')),
  );
}

export const READERS_WORDS_FILE = 'readers-words.json';

/** The readers' words learned for the corpus (`npm run learn`); none for a corpus without them. */
export function loadReadersWords(corpusDir: string): ReadersWords {
  const path = join(corpusDir, READERS_WORDS_FILE);
  if (!existsSync(path)) return NO_READERS_WORDS;
  const { passages, sentences, unanswered, asked } = readJson<ReadersWords>(path);
  return { passages, sentences, unanswered, asked: asked ?? [] };
}

export const DIGESTS_UNAVAILABLE: Message = message`Scheduled digests are not available here: subscriptions need a chat channel and the bot’s database. ${command('digest')} and questions work as usual.`;

/** Loads the corpus, builds the index once, and returns the core every adapter calls. */
export function createCyberviews(options: CoreOptions = {}): Cyberviews & { article: Article } {
  const corpusDir = options.corpusDir ?? defaultCorpusDir();
  const article = loadArticle(corpusDir);
  const index = new PassageIndex(article, options.readersWords ?? loadReadersWords(corpusDir));
  const glossary = loadGlossary(corpusDir);
  const aboutInfo = about(article);
  const { questions: suggestedQuestions } = readJson<{ questions: string[] }>(
    join(corpusDir, 'suggested-questions.json'),
  );
  let wholeDigest: Digest | undefined;
  // The whole-article digest depends on the article alone: computed once, on first use.
  const articleDigest = () => {
    wholeDigest ??= digestArticle(article);
    return wholeDigest;
  };

  const core = {
    article,
    about: aboutInfo,
    suggestedQuestions,
    ask: (question: string, opts: { limit?: number; offset?: number } = {}) =>
      answerQuestion(question, index, glossary, opts),
    cite: (phrase: string) => citePhrase(article, phrase),
    note: (note: number): CommandResult => {
      const result = findNote(article, note);
      return result ? { kind: 'note', result } : { kind: 'error', message: noteOutOfRange(article) };
    },
    passage: (id: string) => {
      if (id === ACKNOWLEDGEMENT_ID) return acknowledgementPassage(article);
      const paragraph = article.paragraphs.find((p) => p.id === id);
      return paragraph ? toPassage(article, paragraph) : undefined;
    },
    quotations: (id: string) => passageQuotations(article, id),
    run: (command: Command): CommandResult => {
      switch (command.kind) {
        case 'ask':
          return { kind: 'answer', answer: core.ask(command.question) };
        case 'cite':
          return { kind: 'cite', result: core.cite(command.phrase) };
        case 'note':
          return core.note(command.note);
        case 'sections':
          return { kind: 'sections', outline: outline(article) };
        case 'about':
          return { kind: 'about', about: aboutInfo };
        case 'help':
          return { kind: 'help', help: help(command.topic) };
        case 'digest':
          return {
            kind: 'digest',
            digest: command.topic === undefined ? articleDigest() : digestTopic(core, command.topic),
          };
        case 'invalid':
          return { kind: 'error', message: command.message };
        default:
          return { kind: 'unavailable', message: DIGESTS_UNAVAILABLE };
      }
    },
    execute: (text: string) => core.run(parseCommand(text)),
  };
  return core;
}
