// Every question of the shared dev set, asked through the loopback Discord: each reply and each
// More results page stays inside Discord's limits and pings nobody; in-scope questions get passages.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNotes } from '../../src/index.js';
import { OptionType } from '../fakes/discord/index.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { evalCitations, evalQuestions } from '../support/eval-sets.js';
import { buttons, type Harness, isEphemeral, startHarness } from './harness.js';

interface DevQuestion {
  id: string;
  q: string;
  gold?: string[];
}

const questions: DevQuestion[] = evalQuestions();
const citations = evalCitations();

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
      const more = buttons(reply).find((b) => b.custom_id?.startsWith('cv1:mq'))?.custom_id;
      if (more) {
        const page = await h.discord.click(reply, more);
        expect(messageViolations(page.data)).toEqual([]);
        expect(page.data.allowed_mentions).toEqual({ parse: [] });
      }
    },
  );
});

describe('the dev citations', () => {
  it.each(citations.map((c) => [c.id, c] as const))(
    '%s: cites page and note, within limits',
    async (_id, c) => {
      const reply = await h.discord.command('cite', [
        { name: 'phrase', type: OptionType.String, value: c.phrase },
      ]);
      expect(messageViolations(reply.data)).toEqual([]);
      expect(reply.data.allowed_mentions).toEqual({ parse: [] });
      if (c.page === null) {
        // Not in the article: a private notice naming the phrase.
        expect(isEphemeral(reply)).toBe(true);
        expect(JSON.stringify(reply.data.embeds)).toContain(c.phrase);
        return;
      }
      const first = reply.data.embeds?.[0]?.fields?.[0];
      expect(first?.name).toMatch(new RegExp(`^p\\. ${c.page}, ¶\\d+`));
      const notes = h.core.cite(c.phrase).matches[0]?.notes ?? [];
      expect(notes).toContain(c.note);
      expect(first?.value).toContain(formatNotes(notes));
    },
  );
});

describe('every footnote', () => {
  it('1–85 each shows its passage within limits', async () => {
    for (let note = 1; note <= 85; note++) {
      const reply = await h.discord.command('note', [
        { name: 'number', type: OptionType.Integer, value: note },
      ]);
      expect(messageViolations(reply.data), `note ${note}`).toEqual([]);
      expect(isEphemeral(reply), `note ${note}`).toBe(false);
      expect(reply.data.embeds?.[0]?.title, `note ${note}`).toMatch(new RegExp(`^Note ${note} · ¶\\d+`));
    }
  });
});
