// `npm run eval`: answer-quality figures. The blind test set comes first and shows figures only (its
// misses are never printed: reading them would turn it into a tuning set), and again for its novel
// questions only (unlike any labelled question readers' words are learned from); then the tuning set, the
// project's own regression set and, when ../shared sits beside the project, the shared dev set, each
// with its misses. The blind sets are held to the figures reached so far (tests/eval/floors.json), the
// regression sets to the targets; the gap to the targets is reported for all. Exits 1 on a regression.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCyberviews } from '../../src/index.js';
import {
  type Bounds,
  type EvalQuestion,
  formatFigures,
  LEARNED_FROM,
  NOVEL_BELOW,
  nearestOverlap,
  scoreAnswers,
  shortfalls,
} from '../../src/tools.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const evalDir = join(root, 'tests', 'eval');
const floors = JSON.parse(readFileSync(join(evalDir, 'floors.json'), 'utf8')) as Record<string, Bounds>;

interface EvalSet {
  name: string;
  path: string;
  /** Print the misses (never for the blind test set). */
  misses: boolean;
}

const sets: EvalSet[] = [
  { name: 'test', path: join(evalDir, 'blind-test.json'), misses: false },
  { name: 'tuning', path: join(evalDir, 'tuning.json'), misses: true },
  { name: 'own', path: join(evalDir, 'questions.json'), misses: true },
  { name: 'dev', path: join(root, '..', 'shared', 'eval', 'dev-questions.json'), misses: true },
];

const core = createCyberviews();
let failed = false;
for (const { name, path, misses: showMisses } of sets) {
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found, skipped`);
    continue;
  }
  const set = JSON.parse(readFileSync(path, 'utf8')) as EvalQuestion[];
  const { figures, misses } = scoreAnswers(set, (q) => core.ask(q));
  if (showMisses) for (const miss of misses) console.log(`  miss ${miss}`);
  const floor = floors[name];
  const regressed = floor ? shortfalls(figures, floor) : shortfalls(figures);
  const goal = shortfalls(figures);
  const notes = [
    regressed.length ? `REGRESSED: ${regressed.join(', ')}` : '',
    floor && goal.length ? `short of the goal: ${goal.join(', ')}` : '',
  ].filter(Boolean);
  console.log(`${formatFigures(name, figures)}${notes.length ? `  ${notes.join('; ')}` : ''}`);
  failed ||= regressed.length > 0;
  if (name === 'test') {
    // Figures, no misses, on the test questions unlike any labelled question readers' words come from.
    const labelled = LEARNED_FROM.flatMap((file) =>
      (JSON.parse(readFileSync(join(root, file), 'utf8')) as EvalQuestion[]).map((q) => q.q),
    );
    const overlap = nearestOverlap(
      set.map((q) => q.q),
      labelled,
    );
    const novel = set.filter((_, i) => (overlap[i] as number) < NOVEL_BELOW);
    const label = `test, novel only (sharing < ${NOVEL_BELOW} of words with any labelled question)`;
    console.log(formatFigures(label, scoreAnswers(novel, (q) => core.ask(q)).figures));
  }
}
process.exitCode = failed ? 1 : 0;
