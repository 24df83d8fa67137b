// Every dev-set question, asked as Slack asks it, renders inside Slack's limits; so do its next page,
// every full passage it offers, and every paragraph of the article shown whole.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFullPassage } from '../../adapters/slack/render/passage.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { ackMessage } from '../fakes/slack/slack.js';
import { evalQuestions } from '../support/eval-sets.js';
import { type Harness, startHarness } from './harness.js';
import { button, buttons, excerpts, type Message } from './messages.js';

interface DevQuestion {
  id: string;
  q: string;
  gold: string[];
}

const questions: DevQuestion[] = evalQuestions();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

async function slash(text: string): Promise<Message> {
  return ackMessage(await h.slack.command({ text, responseUrl: h.responses.url() }));
}

describe('the dev set in Slack', () => {
  it('has questions to check', () => {
    expect(questions.length).toBeGreaterThan(30);
  });

  it.each(questions.map((q) => [q.id, q.q] as const))(
    '%s: the answer and its More page fit Slack’s limits',
    async (_id, q) => {
      const answer = await slash(q);
      expect(limitViolations(answer)).toEqual([]);
      if (buttons(answer).some((b) => b.label === 'More results')) {
        const responseUrl = h.responses.url();
        await h.slack.click({ ...button(answer, 'More results'), responseUrl, ephemeral: true });
        expect(limitViolations(await h.responses.first(responseUrl))).toEqual([]);
      }
    },
  );

  it('shows every passage the core ranks, and nothing to share when the core refuses', async () => {
    for (const { q } of questions) {
      const expected = h.core.ask(q);
      const answer = await slash(q);
      expect(excerpts(answer), q).toHaveLength(expected.answered ? expected.passages.length : 0);
      if (!expected.answered) expect(buttons(answer), q).toEqual([]);
    }
  });
});

describe('every paragraph shown whole', () => {
  it('fits Slack’s limits, however long', () => {
    const longest = { id: '', length: 0 };
    for (let n = 1; n < 400; n += 1) {
      const passage = h.core.passage(`p${n}`);
      if (passage === undefined) continue;
      if (passage.text.length > longest.length)
        Object.assign(longest, { id: passage.id, length: passage.text.length });
      expect(limitViolations(renderFullPassage(passage, h.core.about.meta.url)), passage.id).toEqual([]);
    }
    expect(longest.length).toBeGreaterThan(0);
  });
});
