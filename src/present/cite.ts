// How many of a phrase's matches a reply shows, the same on every platform. Five: each gets its own
// "Show full passage" button on Discord (a row holds five), and a page stays readable on both.

import type { CiteResult } from '../types.js';

export const CITE_MATCHES_SHOWN = 5;

/** The matches a reply shows, closest first. */
export function shownMatches(result: CiteResult): CiteResult['matches'] {
  return result.matches.slice(0, CITE_MATCHES_SHOWN);
}
