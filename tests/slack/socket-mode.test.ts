// Socket Mode: with SLACK_APP_TOKEN the app opens a WebSocket (URL from apps.connections.open) instead of
// listening for HTTP; commands and events arrive as envelopes and are acknowledged on the socket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackApp } from '../../adapters/slack/index.js';
import { createCyberviews } from '../../src/index.js';
import { ResponseUrlCollector } from '../fakes/slack/response-url.js';
import { CHANNEL, TEAM, USER } from '../fakes/slack/slack.js';
import { FakeSocketMode } from '../fakes/slack/socket-mode.js';
import { BOT, FakeSlackApi } from '../fakes/slack/web-api.js';
import { type LogEntry, recordingLogger, SIGNING_SECRET } from './harness.js';
import { excerpts } from './messages.js';

let api: FakeSlackApi;
let socket: FakeSocketMode;
let responses: ResponseUrlCollector;
let app: SlackApp;
let port: number | undefined;
const logs: LogEntry[] = [];

beforeAll(async () => {
  api = await FakeSlackApi.start();
  socket = await FakeSocketMode.start();
  responses = await ResponseUrlCollector.start();
  api.socketModeUrl = socket.url;
  app = createSlackApp(createCyberviews(), {
    signingSecret: SIGNING_SECRET,
    botToken: BOT.token,
    appToken: 'xapp-1-A0CYBERVIEWS-test',
    apiUrl: api.url.replace(/\/$/, ''),
    logger: recordingLogger(logs),
  });
  port = await app.start();
});
afterAll(async () => {
  await app.stop();
  await Promise.all([socket.close(), api.close(), responses.close()]);
});

describe('Socket Mode', () => {
  it('connects with the app token instead of opening an HTTP port', async () => {
    expect(port).toBeUndefined();
    const open = await api.waitFor('apps.connections.open');
    expect(open.token).toBe('xapp-1-A0CYBERVIEWS-test');
  });

  it('acknowledges a slash command on the socket with the answer as the ack’s payload', async () => {
    const responseUrl = responses.url();
    const envelope = await socket.push('slash_commands', {
      token: 'deprecated-verification-token',
      team_id: TEAM.id,
      team_domain: TEAM.domain,
      channel_id: CHANNEL.id,
      channel_name: CHANNEL.name,
      user_id: USER.id,
      user_name: USER.name,
      command: '/cyberviews',
      text: 'what is cyber sovereignty',
      api_app_id: 'A0CYBERVIEWS',
      response_url: responseUrl,
      trigger_id: '1.socket.trigger',
    });
    const ack = await socket.ackFor(envelope);
    const message = ack.payload ?? {};
    expect(message.response_type).toBe('ephemeral');
    expect(excerpts(message).length).toBeGreaterThan(0);
    expect(responses.all(responseUrl)).toEqual([]);
  });

  it('answers a mention in its thread', async () => {
    await socket.push('events_api', {
      team_id: TEAM.id,
      api_app_id: 'A0CYBERVIEWS',
      type: 'event_callback',
      event_id: 'Ev0SOCKET1',
      event_time: 1_700_000_000,
      authorizations: [{ team_id: TEAM.id, user_id: BOT.userId, is_bot: true }],
      event: {
        type: 'app_mention',
        user: USER.id,
        text: `<@${BOT.userId}> note 24`,
        ts: '1700000600.000100',
        channel: CHANNEL.id,
        event_ts: '1700000600.000100',
      },
    });
    const call = await api.waitFor('chat.postMessage');
    expect(call.body.thread_ts).toBe('1700000600.000100');
  });
});
