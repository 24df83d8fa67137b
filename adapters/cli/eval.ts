// `npm run eval`: answer-quality figures on the project's own question set (tests/eval/questions.json)
// and, when the shared dev set sits beside the project, on it too. Exits 1 when a figure misses its target.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EvalQuestion, formatFigures, scoreAnswers, shortfalls } from '../../src/eval/score.js';
import { createCyberviews } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sets: [string, string][] = [
  ['own', join(root, 'tests', 'eval', 'questions.json')],
  ['dev', join(root, '..', 'shared', 'eval', 'dev-questions.json')],
];

const core = createCyberviews();
let failed = false;
for (const [name, path] of sets) {
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found, skipped`);
    continue;
  }
  const set = JSON.parse(readFileSync(path, 'utf8')) as EvalQuestion[];
  const { figures, misses } = scoreAnswers(set, (q) => core.ask(q));
  for (const miss of misses) console.log(`  miss ${miss}`);
  const short = shortfalls(figures);
  console.log(`${formatFigures(name, figures)}${short.length ? `  SHORT: ${short.join(', ')}` : ''}`);
  failed ||= short.length > 0;
}
process.exitCode = failed ? 1 : 0;
