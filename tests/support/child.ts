// A child process a test started: everything it prints (stdout and stderr, as one text), its exit, and
// a cleanup that stops it with SIGTERM if it is still running when the test ends.

import type { ChildProcess } from 'node:child_process';

export interface Watched {
  /** Everything printed so far, both streams interleaved as they arrive. */
  output: { text: string };
  exited: Promise<number | null>;
}

export function watch(child: ChildProcess, cleanups: (() => Promise<void> | void)[]): Watched {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  });
  const output = { text: '' };
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
    });
  return { output, exited };
}
