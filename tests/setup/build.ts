// Vitest global setup: tests that spawn the bot run `dist/`, so a run never starts on stale output. When a
// source file is newer than its compiled file (or has none), `npm run build` runs first; after a build
// nothing is newer, so `npm test` (which has just built) pays only for the check.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'adapters', 'bench'];

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The first source whose compiled file is missing or older than it, if any. */
function staleSource(): string | undefined {
  for (const folder of SOURCES) {
    for (const source of typescriptFiles(folder)) {
      const output = join('dist', source.replace(/\.ts$/, '.js'));
      if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) return source;
    }
  }
  return undefined;
}

export default function setup(): void {
  const stale = staleSource();
  if (stale === undefined) return;
  console.log(`dist/ is older than ${stale}: building first.`);
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
