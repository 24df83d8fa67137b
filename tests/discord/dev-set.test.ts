// Every question of the shared dev set, asked through the loopback Discord: each reply and each
// More results page stays inside Discord's limits and pings nobody; in-scope questions get passages.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageViolations } from '../../adapters/discord/limits.js';
import { OptionType } from '../fakes/discord/index.js';
import { buttons, type Harness, isEphemeral, startHarness } from './harness.js';

interface DevQuestion {
  id: string;
  q: string;
  gold?: string[];
}

const DEV = new URL('../../../shared/eval/dev-questions.json', import.meta.url);
const questions = JSON.parse(readFileSync(DEV, 'utf8')) as DevQuestion[];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('the dev set', () => {
  it('has questions to ask', () => {
    expect(questions.length).toBeGreaterThan(30);
  });

  it.each(questions.map((q) => [q.id, q.q] as const))(
    '%s: replies within limits, no mentions',
    async (_id, q) => {
      const reply = await h.discord.command('ask', [{ name: 'question', type: OptionType.String, value: q }]);
      expect(messageViolations(reply.data)).toEqual([]);
      expect(reply.data.allowed_mentions).toEqual({ parse: [] });
      const answer = h.core.ask(q, { limit: 3 });
      // Answers go to the channel; refusals only to the asker.
      expect(isEphemeral(reply)).toBe(!answer.answered);
      const more = buttons(reply).find((b) => b.custom_id?.startsWith('cv:more:'))?.custom_id;
      if (more) {
        const page = await h.discord.click(reply, more);
        expect(messageViolations(page.data)).toEqual([]);
        expect(page.data.allowed_mentions).toEqual({ parse: [] });
      }
    },
  );

  it('answers interactions well within Discord’s 3 seconds', () => {
    expect(h.logged.filter((entry) => entry.message === 'slow interaction')).toEqual([]);
  });
});
