import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import {
  type Bounds,
  type EvalQuestion,
  goldKey,
  scoreAnswers,
  shortfalls,
  TARGETS,
} from '../../src/eval/score.js';
import { createCyberviews } from '../../src/index.js';

const own = JSON.parse(readFileSync(join(__dirname, 'questions.json'), 'utf8')) as EvalQuestion[];

let core: ReturnType<typeof createCyberviews>;
beforeAll(() => {
  core = createCyberviews();
});

describe('the project’s own evaluation set', () => {
  it('has at least 60 questions of every kind, out-of-scope ones included', () => {
    expect(own.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(own.map((q) => q.kind));
    for (const kind of ['paraphrase', 'acronym', 'typo', 'chinese', 'stemming', 'compound', 'oos']) {
      expect(kinds).toContain(kind);
    }
  });

  it('holds every answer-quality target', () => {
    const { figures, misses } = scoreAnswers(own, (q) => core.ask(q));
    expect(shortfalls(figures), misses.join('\n')).toEqual([]);
    expect(figures.abstain).toBe(TARGETS.abstain);
  });
});

const devPath = join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev-questions.json');

describe.runIf(existsSync(devPath))('the shared dev set (when ../shared is beside the project)', () => {
  it('holds every answer-quality target', () => {
    const dev = JSON.parse(readFileSync(devPath, 'utf8')) as EvalQuestion[];
    const { figures, misses } = scoreAnswers(dev, (q) => core.ask(q));
    expect(shortfalls(figures), misses.join('\n')).toEqual([]);
  });
});

/** A note number glued to the punctuation before it, as the article's text file has them. */
const NOTE_MARKER = /(?<=[.,;:!?”"’)\]])\d{1,3}(?=\s|$)/g;

const floors = JSON.parse(readFileSync(join(__dirname, 'floors.json'), 'utf8')) as Record<string, Bounds>;

describe.each([
  ['test', 'blind-test.json'],
  ['tuning', 'tuning.json'],
])('the blind %s set', (name, file) => {
  it('marks passages by text they hold: no gold snippet carries one of the article’s note markers', () => {
    // "…occurs in the United States.”30": the note number is the article's superscript, kept apart from
    // a passage's text (as its notes), so a snippet copied with it glued on could never match.
    const set = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as EvalQuestion[];
    const passages = loadArticle(defaultCorpusDir()).paragraphs.map((p) => goldKey(p.text));
    const stands = (snippet: string) => passages.some((p) => p.includes(goldKey(snippet)));
    const withMarker = set
      .flatMap((q) => q.gold)
      .filter((g) => !stands(g) && stands(g.replace(NOTE_MARKER, '')));
    expect(withMarker).toHaveLength(0);
  });

  it('holds the figures reached so far (tests/eval/floors.json)', () => {
    const set = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as EvalQuestion[];
    const { figures } = scoreAnswers(set, (q) => core.ask(q));
    // The blind test set's misses are never shown: only which figure fell.
    expect(shortfalls(figures, floors[name] as Bounds)).toEqual([]);
    // Thousands of questions: some 15 s alone, more on a busy machine.
  }, 90_000);
});
