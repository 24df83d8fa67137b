// mergeHighlights: the core's highlight ranges made presentable, the same for every platform.

import { describe, expect, it } from 'vitest';
import { mergeHighlights } from '../../src/index.js';

const text = 'the notion of “cyber sovereignty” should constitute\u00a0a key principle';

describe('mergeHighlights', () => {
  it('returns ranges in order whatever order they come in', () => {
    expect(
      mergeHighlights(text, [
        { start: 52, end: 57 },
        { start: 4, end: 10 },
      ]),
    ).toEqual([
      { start: 4, end: 10 },
      { start: 52, end: 57 },
    ]);
  });

  it('joins ranges that only whitespace parts, a no-break space included', () => {
    // "constitute" and "a", parted by U+00A0.
    expect(
      mergeHighlights(text, [
        { start: 41, end: 51 },
        { start: 52, end: 53 },
      ]),
    ).toEqual([{ start: 41, end: 53 }]);
  });

  it('trims whitespace of any kind off both ends, and drops a range of whitespace alone', () => {
    const spaced = 'a\u2003\tcyber\n\u3000b';
    expect(
      mergeHighlights(spaced, [
        { start: 1, end: 9 },
        { start: 8, end: 9 },
      ]),
    ).toEqual([{ start: 3, end: 8 }]);
  });

  it('leaves the spans it was given untouched', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 2, end: 10 },
    ];
    mergeHighlights(text, spans);
    expect(spans).toEqual([
      { start: 0, end: 3 },
      { start: 2, end: 10 },
    ]);
  });
});
