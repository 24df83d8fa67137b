// A loopback Discord for tests: REST on http://127.0.0.1:PORT/api/v10 and a JSON gateway on
// ws://127.0.0.1:PORT, enough for the real discord.js Client to log in and answer interactions.

import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { type FakeGateway, startFakeGateway } from './gateway.js';
import { FAKE_TOKEN, snowflakes } from './ids.js';
import {
  autocomplete,
  buttonClick,
  channelMessage,
  type InteractionPayload,
  type MessageOptions,
  messageFromCallback,
  modalSubmit,
  type OptionValue,
  type Place,
  slashCommand,
} from './interactions.js';
import { type FakeRest, type RecordedRequest, startFakeRest } from './rest.js';

export { FAKE_APPLICATION, FAKE_GUILD_ID, FAKE_TOKEN } from './ids.js';
export { type MessageOptions, OptionType, PERMISSIONS, type Place } from './interactions.js';
export type { RecordedRequest } from './rest.js';

/** The body discord.js posted to /interactions/:id/:token/callback. */
export interface InteractionCallback {
  type: number;
  data: Record<string, unknown> & {
    content?: string;
    flags?: number;
    embeds?: APIEmbed[];
    components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
    allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
    choices?: { name: string; value: string | number }[];
  };
}

export interface FakeDiscord {
  token: string;
  apiUrl: string;
  rest: FakeRest;
  gateway: FakeGateway;
  /** Sends a slash command (in the fake server's channel unless `place` says otherwise) and resolves with the bot's callback. */
  command(subcommand: string, options?: OptionValue[], place?: Place): Promise<InteractionCallback>;
  /** Sends an autocomplete request and resolves with the bot's callback. */
  autocomplete(subcommand: string, option: string, typed: string): Promise<InteractionCallback>;
  /** Clicks a button on the message a previous callback created, and resolves with the bot's callback. */
  click(on: InteractionCallback, customId: string): Promise<InteractionCallback>;
  /** Submits the modal `customId` with the given input values, and resolves with the bot's callback. */
  submitModal(customId: string, values: Record<string, string>): Promise<InteractionCallback>;
  /** The message a callback created, as Discord hands it to the bot (in referenced_message, on a click). */
  messageOf(on: InteractionCallback): Record<string, unknown>;
  /** Sends MESSAGE_CREATE for a message typed in the channel; returns the message. */
  say(content: string, options?: MessageOptions): Record<string, unknown>;
  /** The next message the bot posts in a channel (POST /channels/:id/messages), within the callback timeout. */
  nextPost(): Promise<RecordedRequest>;
  /** Requests whose path matches. */
  requestsTo(pattern: RegExp): RecordedRequest[];
  close(): Promise<void>;
}

export interface FakeDiscordOptions {
  heartbeatInterval?: number;
  /** How long to wait for the bot's callback before failing, in ms. */
  callbackTimeout?: number;
  /** Holds each callback's HTTP response back until `rest.releaseCallbacks()`. */
  holdCallbacks?: boolean;
  /** Channels where posting answers 403 Missing Access; a test may add to it as it goes (the bot removed). */
  forbiddenChannels?: Set<string>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const ids = snowflakes();
  const gateway = await startFakeGateway({
    token: FAKE_TOKEN,
    heartbeatInterval: options.heartbeatInterval ?? 45_000,
  });
  const rest = await startFakeRest({
    token: FAKE_TOKEN,
    gatewayUrl: () => gateway.url,
    ids,
    ...(options.holdCallbacks ? { holdCallbacks: true } : {}),
    ...(options.forbiddenChannels ? { forbiddenChannels: options.forbiddenChannels } : {}),
  });
  const timeout = options.callbackTimeout ?? 5_000;

  const send = (interaction: InteractionPayload): Promise<InteractionCallback> =>
    new Promise((resolve, reject) => {
      const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const timer = setTimeout(() => {
        rest.events.off('request', onRequest);
        reject(new Error(`no callback for interaction ${interaction.id} within ${timeout} ms`));
      }, timeout);
      const onRequest = (request: RecordedRequest) => {
        if (request.method !== 'POST' || request.path !== path) return;
        clearTimeout(timer);
        rest.events.off('request', onRequest);
        resolve(request.body as InteractionCallback);
      };
      rest.events.on('request', onRequest);
      gateway.dispatch('INTERACTION_CREATE', interaction);
    });

  return {
    token: FAKE_TOKEN,
    apiUrl: rest.apiUrl,
    rest,
    gateway,
    command: (subcommand, values = [], place = 'guild') => send(slashCommand(ids, subcommand, values, place)),
    autocomplete: (subcommand, option, typed) => send(autocomplete(ids, subcommand, option, typed)),
    click: (on, customId) => send(buttonClick(ids, customId, messageFromCallback(ids, on.data))),
    submitModal: (customId, values) => send(modalSubmit(ids, customId, values)),
    messageOf: (on) => messageFromCallback(ids, on.data),
    say(content, options = {}) {
      const message = channelMessage(ids, content, options);
      gateway.dispatch('MESSAGE_CREATE', message);
      return message;
    },
    nextPost: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          rest.events.off('request', onRequest);
          reject(new Error(`the bot posted no message within ${timeout} ms`));
        }, timeout);
        const onRequest = (request: RecordedRequest) => {
          if (request.method !== 'POST' || !/^\/channels\/\d+\/messages$/.test(request.path)) return;
          clearTimeout(timer);
          rest.events.off('request', onRequest);
          resolve(request);
        };
        rest.events.on('request', onRequest);
      }),
    requestsTo: (pattern) => rest.requests.filter((request) => pattern.test(request.path)),
    async close() {
      await gateway.close();
      await rest.close();
    },
  };
}
