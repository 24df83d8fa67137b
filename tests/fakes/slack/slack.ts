// Slack's side of the wire: signed requests exactly as Slack sends them to an app's Request URL
// (slash commands and block_actions as form posts, events as JSON), with realistic payloads.

import { createHmac } from 'node:crypto';
import { BOT } from './web-api.js';

export const TEAM = { id: BOT.teamId, domain: 'cyberviews-test' };
export const USER = { id: 'U0ASKER01', name: 'asker' };
export const CHANNEL = { id: 'C0POLICY1', name: 'china-policy' };

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Overrides the computed signature (to test forgeries). */
  signature?: string;
  /** Signs with another secret. */
  secret?: string;
  /** The workspace the request comes from (team id); TEAM by default. */
  teamId?: string;
}

export interface SlashCommand {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
}

export interface ButtonClick {
  actionId: string;
  value: string;
  label: string;
  responseUrl: string;
  /** Whether the clicked message was ephemeral (answers to /cyberviews are). */
  ephemeral: boolean;
  messageTs?: string;
  threadTs?: string;
  channelId?: string;
  userId?: string;
}

/** An HTTP response from the app, as Slack receives it. */
export interface AppResponse {
  status: number;
  /** Raw body: empty for a bare acknowledgement, a JSON message when the reply rides on the ack. */
  body: string;
}

/**
 * The message an app sent as the body of its acknowledgement (Slack shows it as the command's reply);
 * throws when the ack was empty or not a JSON message, so a test cannot mistake silence for an answer.
 */
export function ackMessage(response: AppResponse): Record<string, unknown> {
  if (response.body.length === 0) throw new Error(`the ack (HTTP ${response.status}) carried no message`);
  const message: unknown = JSON.parse(response.body);
  if (typeof message !== 'object' || message === null)
    throw new Error(`the ack is not a message: ${response.body}`);
  return message as Record<string, unknown>;
}

export class SlackSender {
  private triggers = 0;

  constructor(
    /** The app's Request URL, e.g. http://127.0.0.1:PORT/slack/events */
    readonly requestUrl: string,
    readonly signingSecret: string,
  ) {}

  /** Posts a raw body, signed as Slack signs it. */
  async post(body: string, contentType: string, options: SendOptions = {}): Promise<AppResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = options.signature ?? sign(options.secret ?? this.signingSecret, timestamp, body);
    const response = await fetch(this.requestUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      },
      body,
      signal: AbortSignal.timeout(5000),
    });
    return { status: response.status, body: await response.text() };
  }

  command(command: SlashCommand, options: SendOptions = {}) {
    this.triggers += 1;
    const form = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: options.teamId ?? TEAM.id,
      team_domain: TEAM.domain,
      channel_id: command.channelId ?? CHANNEL.id,
      channel_name: CHANNEL.name,
      user_id: command.userId ?? USER.id,
      user_name: USER.name,
      command: '/cyberviews',
      text: command.text,
      api_app_id: 'A0CYBERVIEWS',
      is_enterprise_install: 'false',
      response_url: command.responseUrl,
      trigger_id: `${this.triggers}.1.trigger`,
    });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  click(click: ButtonClick, options: SendOptions = {}) {
    this.triggers += 1;
    const channelId = click.channelId ?? CHANNEL.id;
    const payload = {
      type: 'block_actions',
      user: { id: click.userId ?? USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
      api_app_id: 'A0CYBERVIEWS',
      token: 'deprecated-verification-token',
      container: {
        type: 'message',
        message_ts: click.messageTs ?? '1700000000.000200',
        channel_id: channelId,
        is_ephemeral: click.ephemeral,
        ...(click.threadTs !== undefined && { thread_ts: click.threadTs }),
      },
      trigger_id: `${this.triggers}.2.trigger`,
      team: TEAM,
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: channelId, name: CHANNEL.name },
      state: { values: {} },
      response_url: click.responseUrl,
      actions: [
        {
          action_id: click.actionId,
          block_id: 'b1',
          text: { type: 'plain_text', text: click.label, emoji: true },
          value: click.value,
          type: 'button',
          action_ts: `${Math.floor(Date.now() / 1000)}.000300`,
        },
      ],
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  /**
   * A modal submitted: the view as views.open created it (callback_id, private_metadata, blocks) with the
   * values typed, keyed by block_id then action_id, as Slack sends them.
   */
  viewSubmission(
    view: Record<string, unknown>,
    values: Record<string, Record<string, string>>,
    options: SendOptions = {},
  ) {
    this.triggers += 1;
    const state = Object.fromEntries(
      Object.entries(values).map(([block, actions]) => [
        block,
        Object.fromEntries(
          Object.entries(actions).map(([action, value]) => [action, { type: 'plain_text_input', value }]),
        ),
      ]),
    );
    const payload = {
      type: 'view_submission',
      team: TEAM,
      user: { id: USER.id, username: USER.name, name: USER.name, team_id: TEAM.id },
      api_app_id: 'A0CYBERVIEWS',
      token: 'deprecated-verification-token',
      trigger_id: `${this.triggers}.3.trigger`,
      view: {
        id: `V${this.triggers}`,
        team_id: TEAM.id,
        app_id: 'A0CYBERVIEWS',
        bot_id: BOT.botId,
        hash: `${this.triggers}.hash`,
        state: { values: state },
        ...view,
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An Events API callback wrapping `event`. */
  event(event: Record<string, unknown>, options: SendOptions = {}) {
    this.triggers += 1;
    const envelope = {
      token: 'deprecated-verification-token',
      team_id: options.teamId ?? TEAM.id,
      api_app_id: 'A0CYBERVIEWS',
      event: { event_ts: event.ts, ...event },
      type: 'event_callback',
      event_id: `Ev${String(this.triggers).padStart(8, '0')}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { enterprise_id: null, team_id: options.teamId ?? TEAM.id, user_id: BOT.userId, is_bot: true },
      ],
      is_ext_shared_channel: false,
    };
    return this.post(JSON.stringify(envelope), 'application/json', options);
  }

  urlVerification(challenge: string, options: SendOptions = {}) {
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      challenge,
      type: 'url_verification',
    });
    return this.post(body, 'application/json', options);
  }
}
