import { describe, expect, it } from 'vitest';
import { seeded, withTypo, wrapped } from '../../src/eval/alter.js';

describe('questions altered as people type them', () => {
  it('are the same for the same seed, so two builds are scored on the same questions', () => {
    const wrappers = { openers: ['hey all,', 'quick q:'], closers: ['thx', 'pls 🙏'] };
    const twice = [1, 2].map(() => {
      const random = seeded(7);
      return ['what is cyber sovereignty', 'who is hua chunying'].map((q) => wrapped(q, wrappers, random));
    });
    expect(twice[0]).toEqual(twice[1]);
    expect(twice[0]?.[0]).toMatch(/^(?:hey all,|quick q:) what is cyber sovereignty (?:thx|pls 🙏)$/);
  });

  it('put one typo in one word of five letters or more, never its first letter', () => {
    const random = seeded(3);
    for (let n = 0; n < 50; n++) {
      const typed = withTypo('why does china deny the attacks', random);
      expect(typed).not.toBe('why does china deny the attacks');
      const changed = typed
        .split(' ')
        .filter((w, i) => w !== 'why does china deny the attacks'.split(' ')[i]);
      expect(changed.length).toBeLessThanOrEqual(1);
      expect(typed.startsWith('why does ')).toBe(true);
    }
    expect(withTypo('who is he', random)).toBe('who is he');
  });
});
