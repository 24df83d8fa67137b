// When something breaks inside, the Slack user gets an apology and a next step; the log gets the details.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackMessage } from '../fakes/slack/slack.js';
import { type Harness, startHarness } from './harness.js';
import { visibleText } from './messages.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness((core) => ({
    ...core,
    about: core.about,
    run: (command) => {
      if (command.kind === 'ask' && command.question.includes('sovereignty')) {
        throw new Error('index corrupted at p16');
      }
      return core.run(command);
    },
  }));
});
afterAll(async () => {
  await h.stop();
});

describe('an internal error', () => {
  it('reaches the user as a short apology, never as a trace', async () => {
    const response = await h.slack.command({
      text: 'what is cyber sovereignty',
      responseUrl: h.responses.url(),
    });
    expect(response.status).toBe(200);
    const message = ackMessage(response);
    expect(message.response_type).toBe('ephemeral');
    expect(visibleText(message)).toMatch(/went wrong/);
    expect(visibleText(message)).not.toMatch(/index corrupted|Error|\.ts:\d+/);
  });

  it('is logged with the request that caused it', () => {
    const logged = h.logs
      .filter((entry) => entry.level === 'error')
      .map((entry) => JSON.stringify(entry.message));
    expect(logged.some((line) => line.includes('what is cyber sovereignty'))).toBe(true);
  });

  it('leaves the app answering other requests', async () => {
    const response = await h.slack.command({ text: 'about', responseUrl: h.responses.url() });
    expect(visibleText(ackMessage(response))).toContain('Michael D. Swaine');
  });

  it('in a Web API call (Slack says not_in_channel) is logged, and the app keeps running', async () => {
    h.api.failNext('chat.postMessage', 'not_in_channel');
    await h.slack.event({
      type: 'app_mention',
      user: 'U0ASKER01',
      text: '<@U0BOTCYBER> note 24',
      ts: '1700000500.000100',
      channel: 'C0PRIVATE1',
    });
    await h.api.waitFor('chat.postMessage');
    const sections = await h.slack.command({ text: 'sections', responseUrl: h.responses.url() });
    expect(visibleText(ackMessage(sections))).toContain('Conclusions and Observations');
    const errors = h.logs
      .filter((entry) => entry.level === 'error')
      .map((entry) => JSON.stringify(entry.message));
    expect(errors.some((line) => line.includes('not_in_channel'))).toBe(true);
  });
});
