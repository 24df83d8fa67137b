// The app's listeners: one per kind of request, because Bolt runs every listener's filters on every
// request (the load test's slash commands pay for each one). Behaviour behind each listener is specified
// in buttons, events, feedback and oauth tests; this file pins the shape that keeps requests cheap.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

/** Bolt keeps its listeners' middleware chains in a private array; their number is what each request pays. */
function listenerCount(h: Harness): number {
  const listeners: unknown = Reflect.get(h.app.bolt, 'listeners');
  if (!Array.isArray(listeners)) throw new Error('Bolt no longer keeps its listeners in `listeners`');
  return listeners.length;
}

describe('The Slack app’s listeners', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('are one per kind of request: the slash command, every button, every event, the 👎 form', () => {
    expect(listenerCount(h)).toBe(4);
  });
});
