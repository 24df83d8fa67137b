// How requests reach their handlers: no Bolt listener (Bolt runs every listener's filters on every
// request, and the load test's slash commands paid for each one), but the guard calling one router.
// Behaviour behind each route is specified in the command, buttons, events, feedback and oauth tests;
// this file pins the shape that keeps requests cheap, and what the router leaves alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, TEAM, USER } from '../fakes/slack/slack.js';
import { type Harness, startHarness } from './harness.js';

/** Bolt keeps its listeners' chains and its global middleware in private arrays; each request pays for them. */
function boltArray(h: Harness, name: 'listeners' | 'middleware'): unknown[] {
  const value: unknown = Reflect.get(h.app.bolt, name);
  if (!Array.isArray(value)) throw new Error(`Bolt no longer keeps its ${name} in \`${name}\``);
  return value;
}

describe('The Slack app’s request path', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('has no Bolt listener, and one global middleware: the guard, which calls the router itself', () => {
    expect(boltArray(h, 'listeners')).toHaveLength(0);
    // Bolt's ignoreSelf is not there: it runs on events alone, in the router. Nor is the router: each
    // middleware in Bolt's chain costs a request a copy of its arguments and two promises.
    expect(boltArray(h, 'middleware')).toHaveLength(1);
  });

  /** Runs a slash command body through Bolt as its receiver would; resolves with what it was acked with. */
  async function slash(command: string): Promise<{ acked: boolean; body: unknown }> {
    const result: { acked: boolean; body: unknown } = { acked: false, body: undefined };
    await h.app.bolt.processEvent({
      body: {
        token: 'x',
        team_id: TEAM.id,
        channel_id: CHANNEL.id,
        user_id: USER.id,
        command,
        text: 'note 24',
        response_url: h.responses.url(),
        trigger_id: '1.1',
      },
      ack: async (response) => {
        result.acked = true;
        result.body = response;
      },
    });
    return result;
  }

  it('sends its own slash command to the command handler, which acks with the answer', async () => {
    const answered = await slash('/cyberviews');
    expect(answered.acked).toBe(true);
    expect(JSON.stringify(answered.body)).toContain('Note 24');
  });

  it('leaves another app’s slash command alone, as Bolt leaves a request no listener matches', async () => {
    expect(await slash('/other')).toEqual({ acked: false, body: undefined });
  });
});
