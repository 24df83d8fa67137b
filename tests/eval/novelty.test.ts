import { describe, expect, it } from 'vitest';
import { NOVEL_BELOW, nearestOverlap } from '../../src/eval/novelty.js';

describe('a question’s novelty to the labelled sets', () => {
  const labelled = ['what is cyber sovereignty', 'who is zhong sheng'];

  it('is the word overlap with its nearest labelled question', () => {
    const [same, rephrased, unlike] = nearestOverlap(
      ['What is cyber sovereignty?', 'cyber sovereignty: what is it', 'why does the pla deny the attacks'],
      labelled,
    );
    expect(same).toBe(1);
    expect(rephrased).toBeCloseTo(4 / 5);
    expect(unlike).toBe(0);
  });

  it('counts a question sharing under half its words with every labelled one as novel', () => {
    const [overlap] = nearestOverlap(['what does zhong sheng say about sovereignty'], labelled);
    // {what, does, zhong, sheng, say, about, sovereignty} vs {who, is, zhong, sheng}: 2 of 9 words.
    expect(overlap).toBeCloseTo(2 / 9);
    expect(overlap).toBeLessThan(NOVEL_BELOW);
  });
});
