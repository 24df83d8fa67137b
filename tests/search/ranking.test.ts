import { describe, expect, it } from 'vitest';
import { RANKING, scorePassage } from '../../src/search/options.js';

const features = { coverage: 0.8, window: 0.8, bm25: 1, bonus: 0, prior: 1 };

describe('scorePassage', () => {
  it('ranks a passage whose words stand together in two sentences above one where they are scattered', () => {
    const together = scorePassage({ ...features, window: 0.8 });
    const scattered = scorePassage({ ...features, window: 0.3 });
    expect(together).toBeGreaterThan(scattered);
  });

  it('lets evidence outweigh BM25: full coverage with weak BM25 beats half coverage with the best BM25', () => {
    expect(scorePassage({ ...features, coverage: 1, window: 1, bm25: 0.2 })).toBeGreaterThan(
      scorePassage({ ...features, coverage: 0.5, window: 0.5, bm25: 1 }),
    );
  });

  it('scores the whole paragraph only when the window share is 0', () => {
    const options = { ...RANKING.score, window: 0 };
    expect(scorePassage({ ...features, window: 0 }, options)).toBe(scorePassage(features, options));
  });
});
