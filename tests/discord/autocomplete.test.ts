// Autocomplete for `/cyberviews ask question:`: suggestions from the article, filtered as the user types.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesViolations } from '../fakes/discord/limits.js';
import { type Harness, startHarness } from './harness.js';

const AUTOCOMPLETE_RESULT = 8;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const typed = async (text: string) => {
  const callback = await h.discord.autocomplete('ask', 'question', text);
  expect(callback.type).toBe(AUTOCOMPLETE_RESULT);
  return callback.data.choices ?? [];
};

describe('ask autocomplete', () => {
  it('offers the article’s suggested questions before anything is typed, as many as Discord allows', async () => {
    const names = (await typed('')).map((choice) => choice.name);
    expect(names).toHaveLength(25);
    expect(names.slice(0, 3)).toEqual(h.core.suggestedQuestions.slice(0, 3));
  });

  it('offers section titles too, once typing narrows the list', async () => {
    const outline = h.core.run({ kind: 'sections' });
    if (outline.kind !== 'sections') throw new Error('no outline');
    for (const entry of outline.outline) {
      const names = (await typed(entry.title.slice(0, 30))).map((choice) => choice.name);
      expect(names).toContain(entry.title);
    }
  });

  it('keeps only suggestions whose words start with what was typed', async () => {
    const names = (await typed('threat posed')).map((choice) => choice.name);
    expect(names).toEqual([
      'The Cybersecurity Threat to China Posed by the United States and Other Countries',
    ]);
  });

  it('puts suggestions that begin with the typed text first', async () => {
    const names = (await typed('what')).map((choice) => choice.name);
    expect(names[0]?.toLowerCase().startsWith('what')).toBe(true);
    expect(
      names.every((name) =>
        name
          .toLowerCase()
          .split(/\W+/)
          .some((w) => w.startsWith('what')),
      ),
    ).toBe(true);
  });

  it('offers the typed text itself when nothing in the article matches', async () => {
    expect(await typed('  zebra quantum ')).toEqual([{ name: 'zebra quantum', value: 'zebra quantum' }]);
  });

  it('stays inside Discord limits for any input, even a pasted essay', async () => {
    for (const text of ['', 'c', 'cyber', 'x'.repeat(600), '@everyone <@1>']) {
      expect(choicesViolations(await typed(text))).toEqual([]);
    }
  });
});
