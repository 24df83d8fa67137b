// The Slack guard through the real Bolt app: floods get a polite "slow down", others are served,
// every handled command is one info line with its latency and no text, and no secret is ever logged.

import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/ratelimit/index.js';
import { ackMessage, CHANNEL, USER } from '../fakes/slack/slack.js';
import { BOT } from '../fakes/slack/web-api.js';
import { CITED } from '../support/cited.js';
import { readable, SIGNING_SECRET, type SlackRig, startSlack } from './support.js';

let rig: SlackRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const limiter = (perUser: number, perChannel = 100) =>
  new RateLimiter(
    { perUser: { limit: perUser, windowMs: 60_000 }, perChannel: { limit: perChannel, windowMs: 60_000 } },
    () => Date.now(),
  );

/** An @-mention of the bot in the channel, as Slack sends it. */
function mention(r: SlackRig, ts: string, text = 'note 24', user = USER.id) {
  return r.slack.event({
    type: 'app_mention',
    user,
    text: `<@${BOT.userId}> ${text}`,
    ts,
    channel: CHANNEL.id,
  });
}

async function slash(r: SlackRig, text: string, userId = USER.id, channelId = CHANNEL.id) {
  const responseUrl = r.responses.url();
  const ack = await r.slack.command({ text, responseUrl, userId, channelId });
  return { ack, responseUrl };
}

describe('Slack rate limits', () => {
  it('answers a flooding user’s first commands, then acks the rest with an ephemeral "slow down"', async () => {
    const r = await startSlack({ rateLimiter: limiter(3) });
    rig = r;
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await slash(r, 'what is cyber sovereignty'));
    for (const { ack } of sent.slice(0, 3)) expect(readable(ackMessage(ack))).toMatch(CITED);
    const refused = sent.slice(3).map(({ ack }) => ack);
    for (const ack of refused) {
      expect(ack.status).toBe(200);
      const body = JSON.parse(ack.body) as Record<string, unknown>;
      expect(body.response_type).toBe('ephemeral');
      expect(body.text).toMatch(/^You are sending commands faster than I can read them\. Please slow down/);
      // Refused commands are not run: the refusal is all they get.
      expect(body.blocks).toHaveLength(1);
    }
    // Every command has passed the guard once the log has a line for each: three run, two refused.
    const lines = (msg: string) => r.memory.entries().filter((e) => e.msg === msg);
    await expect.poll(() => lines('command refused')).toHaveLength(2);
    await expect.poll(() => lines('command handled')).toHaveLength(3);
    expect(lines('command handled')).toHaveLength(3);
    for (const { responseUrl } of sent.slice(3)) expect(r.responses.all(responseUrl)).toEqual([]);
  });

  it('leaves other people in the same channel unaffected by one user’s flood', async () => {
    const r = await startSlack({ rateLimiter: limiter(2) });
    rig = r;
    for (let i = 0; i < 6; i++) await slash(r, 'note 24', 'U0FLOODER');
    const { ack } = await slash(r, 'note 24', 'U0PATIENT');
    expect(readable(ackMessage(ack))).toContain('Note 24');
  });

  it('tells a flooding mentioner to slow down in an ephemeral message in the thread', async () => {
    const r = await startSlack({ rateLimiter: limiter(1) });
    rig = r;
    await mention(r, '1700000001.000100');
    await r.api.waitFor('chat.postMessage');
    await mention(r, '1700000002.000100');
    const refusal = await r.api.waitFor('chat.postEphemeral');
    expect(refusal.body).toMatchObject({
      channel: CHANNEL.id,
      user: USER.id,
      thread_ts: '1700000002.000100',
    });
    expect(String(refusal.body.text)).toMatch(/slow down/);
    expect(r.api.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack command logs', () => {
  it('writes one info line per handled command with its kind, subcommand, outcome and latency', async () => {
    const r = await startSlack();
    rig = r;
    const { ack } = await slash(r, 'cite lower-hanging fruit');
    expect(readable(ackMessage(ack))).toContain('p. 9, ¶51');
    const handled = () => r.memory.entries().filter((entry) => entry.msg === 'command handled');
    await expect.poll(handled).toHaveLength(1);
    expect(handled()[0]).toMatchObject({
      level: 30,
      platform: 'slack',
      kind: 'command',
      command: 'cite',
      outcome: 'ok',
    });
    expect(typeof handled()[0]?.ms).toBe('number');
  });

  it('neither answers, counts nor logs the app’s own mention of itself', async () => {
    const r = await startSlack({ rateLimiter: limiter(1) });
    rig = r;
    // As Slack could send it: the bot's own user, no bot_id (Bolt's ignoreSelf drops it by the user).
    await mention(r, '1700000001.000100', 'note 24', BOT.userId);
    // A person's command after it is served (the bot's event used none of the channel's budget) and
    // logged alone.
    const { ack } = await slash(r, 'note 24');
    expect(readable(ackMessage(ack))).toContain('Note 24');
    const handled = () => r.memory.entries().filter((entry) => entry.msg === 'command handled');
    await expect.poll(handled).toHaveLength(1);
    expect(handled()[0]).toMatchObject({ kind: 'command', command: 'note' });
    expect(r.api.callsTo('chat.postMessage')).toEqual([]);
    expect(r.api.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('logs a refused command as refused, with the scope whose budget ran out', async () => {
    const r = await startSlack({ rateLimiter: limiter(1) });
    rig = r;
    await slash(r, 'about');
    await slash(r, 'about');
    await expect
      .poll(() => r.memory.entries().filter((e) => e.msg === 'command refused'))
      .toMatchObject([{ platform: 'slack', kind: 'command', command: 'about', limited: 'user' }]);
  });

  it('never logs what the user wrote at info level', async () => {
    const r = await startSlack();
    rig = r;
    const secretQuestion = 'what does zanzibar-quokka-7 say about sovereignty';
    expect((await slash(r, secretQuestion)).ack.status).toBe(200);
    await mention(r, '1700000003.000100', secretQuestion);
    await r.api.calls.waitFor((call) => call.method.startsWith('chat.post'), 'a reply to the mention');
    // Both commands have been logged once their "command handled" lines are in.
    await expect.poll(() => r.memory.entries().filter((e) => e.msg === 'command handled')).toHaveLength(2);
    expect(r.memory.lines.join('')).not.toContain('zanzibar');
  });
});

describe('Slack secrets', () => {
  it('keeps the bot token and signing secret out of every log line, even at debug level', async () => {
    const r = await startSlack({}, { level: 'debug' });
    rig = r;
    const { ack } = await slash(r, 'what is cyber sovereignty');
    expect(readable(ackMessage(ack))).toMatch(CITED);
    await mention(r, '1700000004.000100');
    await r.api.waitFor('chat.postMessage');
    // A forged request is logged by Bolt; its signature check must not leak the secret either.
    await r.slack.command({ text: 'about', responseUrl: r.responses.url() }, { secret: 'wrong-secret' });
    await expect.poll(() => r.memory.lines.some((line) => /signature/i.test(line))).toBe(true);
    const all = r.memory.lines.join('\n');
    expect(r.memory.lines.length).toBeGreaterThan(5);
    expect(all).not.toContain(BOT.token);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
