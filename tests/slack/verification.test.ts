// Slack signs every request; the app must refuse anything it cannot verify, before doing any work.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ackMessage, sign } from '../fakes/slack/slack.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const now = () => Math.floor(Date.now() / 1000);

describe('request verification at /slack/events', () => {
  it('answers Slack’s url_verification challenge', async () => {
    const response = await h.slack.urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(response.status).toBe(200);
    expect(response.body).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  it('refuses a slash command signed with the wrong secret (401), and answers nothing', async () => {
    const responseUrl = h.responses.url();
    const response = await h.slack.command(
      { text: 'what is cyber sovereignty', responseUrl },
      { secret: 'not-the-signing-secret' },
    );
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('blocks');
    expect(h.responses.all(responseUrl)).toEqual([]);
  });

  it('refuses a forged signature (401)', async () => {
    const response = await h.slack.command(
      { text: 'about', responseUrl: h.responses.url() },
      { signature: `v0=${'0'.repeat(64)}` },
    );
    expect(response.status).toBe(401);
  });

  it('refuses a replayed request: a valid signature more than five minutes old (401)', async () => {
    const responseUrl = h.responses.url();
    const response = await h.slack.command({ text: 'about', responseUrl }, { timestamp: now() - 6 * 60 });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('blocks');
    expect(h.responses.all(responseUrl)).toEqual([]);
  });

  it('refuses a body altered after signing (401)', async () => {
    const timestamp = now();
    const signed = 'text=about';
    const response = await h.slack.post('text=help', 'application/x-www-form-urlencoded', {
      timestamp,
      signature: sign(SIGNING_SECRET, timestamp, signed),
    });
    expect(response.status).toBe(401);
  });

  it('refuses forged events and clicks too', async () => {
    const event = await h.slack.event(
      { type: 'app_mention', user: 'U0ASKER01', text: '<@U0BOTCYBER> hi', ts: '1.2', channel: 'C0POLICY1' },
      { secret: 'wrong' },
    );
    const click = await h.slack.click(
      {
        actionId: 'cyberviews_full:p2',
        value: 'cv1:f:p2',
        label: 'Show full passage',
        responseUrl: h.responses.url(),
        ephemeral: true,
      },
      { timestamp: now() - 3600 },
    );
    expect([event.status, click.status]).toEqual([401, 401]);
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('accepts the same command when it is signed now with the right secret', async () => {
    const responseUrl = h.responses.url();
    const response = await h.slack.command({ text: 'about', responseUrl });
    expect(response.status).toBe(200);
    expect(ackMessage(response).response_type).toBe('ephemeral');
  });
});
