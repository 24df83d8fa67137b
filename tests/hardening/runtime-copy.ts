// The built bot and what it needs at run time (package.json, dist/, corpus/, production node_modules),
// copied to a fresh folder every user can read. A spec that runs the bot as another user (`nobody`,
// when the tests run as root) starts it there, so it works wherever the checkout lives, even in a
// private directory that user cannot enter.

import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface LockEntry {
  dev?: boolean;
}

/** The lockfile's top-level production packages ("node_modules/a"; nested ones come with their parent). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path);
}

/** Lets everyone read every file and enter every folder (a checkout made under umask 077 has neither). */
function openToAll(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      chmodSync(child, 0o755);
      openToAll(child);
    } else if (entry.isFile()) {
      chmodSync(child, 0o644);
    }
  }
}

export interface RuntimeCopy {
  dir: string;
  remove(): void;
}

/** A world-readable copy of the built bot under the system's temporary folder. */
export function copyRuntime(): RuntimeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cyberviews-runtime-'));
  cpSync('package.json', join(dir, 'package.json'));
  for (const folder of ['dist/src', 'dist/adapters', 'corpus'])
    cpSync(folder, join(dir, folder), { recursive: true });
  for (const pkg of productionPackages()) cpSync(pkg, join(dir, pkg), { recursive: true, dereference: true });
  chmodSync(dir, 0o755);
  openToAll(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
