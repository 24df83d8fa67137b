// The core's two doors: the bot and its adapters import src/index.ts only, and that door loads no
// database driver (answering a question must not load the native SQLite module or pg); maintainers'
// tools (eval, train, learn, robustness, synonyms, db:copy, the bench) use src/tools.ts.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOOLS = new Set([
  'adapters/cli/copy-store.ts',
  'adapters/cli/eval.ts',
  'adapters/cli/learn.ts',
  'adapters/cli/robustness.ts',
  'adapters/cli/synonyms.ts',
  'adapters/cli/train.ts',
]);

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Each file's imports from src/, as the path after src/. */
function coreImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(?:\.\.\/)+src\/([^']+)'/g)].map((m) => m[1] as string);
}

describe('the core’s doors', () => {
  it('adapters import the core through src/index.ts, and only maintainers’ tools through src/tools.ts', () => {
    const astray: string[] = [];
    for (const file of typescriptFiles('adapters')) {
      const allowed = TOOLS.has(file) ? ['index.js', 'tools.js'] : ['index.js'];
      for (const path of coreImports(file)) if (!allowed.includes(path)) astray.push(`${file} → src/${path}`);
    }
    expect(astray).toEqual([]);
  });

  it('src/index.ts loads no database driver, even to answer a question', () => {
    // process.dlopen loads native addons (better-sqlite3); pg is plain JavaScript, so the module list is read.
    const script = `
      let natives = 0;
      const dlopen = process.dlopen;
      process.dlopen = (...args) => { natives++; return dlopen(...args); };
      const { createCyberviews } = await import(${JSON.stringify(join(process.cwd(), 'dist/src/index.js'))});
      createCyberviews().ask('what is cyber sovereignty');
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules[\\\\/](pg|better-sqlite3)[\\\\/]/.test(k));
      console.log(JSON.stringify({ natives, loaded }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual({ natives: 0, loaded: [] });
  });
});
