// Which kinds of Chinese source a paragraph discusses, where the text says so. The article sorts its
// sources as authoritative / quasi-authoritative / non-authoritative, and military / civilian.

import type { SourceKind } from '../types.js';

const PATTERNS: [SourceKind, RegExp][] = [
  ['authoritative', /(?<!quasi-|non-|non- )\bauthoritative\b/i],
  ['quasi-authoritative', /\bquasi-(?:authoritative| and non)/i],
  [
    'non-authoritative',
    /\bnon-? ?authoritative\b|\bquasi- and non|\bnongovernmental (?:\(i\.e\., non-authoritative\) )?(?:Chinese )?(?:sources|observers)\b/i,
  ],
  [
    'military',
    /\bmilitary (?:sources?|media|scholars?|analysts?|officials|observers|spokesperson|source)\b|\b(?:civilian and (?:especially )?|Chinese )military\b|\bmilitary and civilian\b|\bDefen[cs]e Ministry\b|\bMinistry of Defen[cs]e\b|\bLiberation Army Daily\b|\bAcademy of Military Science\b|\bAMS\b|\bmilitary analysts?\b|\bMajor General\b/i,
  ],
  ['civilian', /\bcivilian\b/i],
];

/** The source kinds a passage names, in the article's order. */
export function sourceKindsIn(text: string): SourceKind[] {
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
