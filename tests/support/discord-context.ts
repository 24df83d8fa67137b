// A Discord command context for tests that call commands and renderers directly: no logging, no digests,
// and a fixed clock, so nothing in it reads the wall clock.

import type { Context } from '../../adapters/discord/context.js';
import { type createCyberviews, unavailableDigests } from '../../src/index.js';

export const FIXED_NOW = Date.UTC(2024, 0, 1);

export function quietContext(core: ReturnType<typeof createCyberviews>): Context {
  return {
    core,
    ephemeralByDefault: false,
    log: { info: () => {}, warn: () => {}, error: () => {} },
    accessLog: { info: () => {}, warn: () => {} },
    digests: unavailableDigests(),
    now: () => FIXED_NOW,
  };
}
