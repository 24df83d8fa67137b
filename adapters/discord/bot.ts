// The discord.js client on the gateway: logs in, hands each interaction to the shared handler
// (handle.ts) and sends the rendered reply through discord.js. Nothing here decides what to answer.

import { once } from 'node:events';
import { Client, type ClientOptions, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import {
  type ChannelDigests,
  type Cyberviews,
  type FeedbackStore,
  type Logger,
  type RateLimiter,
  unavailableDigests,
} from '../../src/index.js';
import { type Context, consoleLogger, type ServerSettingsStore } from './context.js';
import { handleInteraction, type Sender } from './handle.js';
import { InFlight } from './in-flight.js';
import { sendOptions } from './render/reply.js';
import { handleReply } from './replies.js';

export interface DiscordSettings {
  /** The bot token (DISCORD_TOKEN). */
  token: string;
  /** The application id (DISCORD_APPLICATION_ID); when given, checked against the token's application. */
  applicationId?: string;
  /** REST base instead of https://discord.com/api (DISCORD_API_URL): a REST proxy, or a test fake. */
  apiUrl?: string;
  /** Answers only the asker sees, in servers whose admins chose nothing with `/cyberviews settings`. */
  ephemeralByDefault?: boolean;
  logger?: Logger;
  /** Where the access log's lines go (adapters/log.ts's accessLogger, as Slack's); `logger` when absent. */
  accessLog?: Pick<Logger, 'info' | 'warn'>;
  /** Subscriptions and the question log (from the store); without them, subscribe says digests are unavailable. */
  digests?: ChannelDigests;
  /** What each server's admins chose (from the store); without it, `/cyberviews settings` says it is unavailable. */
  serverSettings?: ServerSettingsStore;
  /** Per-user and per-channel limits (RATE_LIMIT_*); none when absent. */
  rateLimiter?: RateLimiter;
  /** How patiently REST is called; see REST_DEFAULTS. */
  rest?: Partial<RestPatience>;
  /** Where 👍/👎 votes go (from the store); without it, answers carry no vote buttons. */
  feedback?: FeedbackStore;
  /** The clock votes are stamped with; Date.now by default. */
  now?: () => number;
}

export interface RestPatience {
  /** Per request (discord.js's default is 15 s, longer than an interaction token lives for its first reply). */
  timeoutMs: number;
  /** Retries after a timeout or 5xx; 429s wait for Retry-After, as discord.js's REST does by itself. */
  retries: number;
}

/** A reply must reach Discord within its 3 s window: short timeouts, a couple of retries. */
export const REST_DEFAULTS: RestPatience = { timeoutMs: 5_000, retries: 2 };

export interface DiscordBot {
  /** The logged-in client, for the post port (scheduled digests). */
  readonly client: Client;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Stops taking interactions, lets replies on their way finish (up to 5 s), closes the connection. */
  stop(): Promise<void>;
}

export function clientOptions(settings: Pick<DiscordSettings, 'apiUrl' | 'rest'>): ClientOptions {
  const patience = { ...REST_DEFAULTS, ...settings.rest };
  // Interactions arrive without any gateway intent. Replies to the bot's answers (follow-ups) arrive as
  // messages: GuildMessages, with Guilds for the channels discord.js must know. Neither is privileged.
  const options: ClientOptions = {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [] },
    rest: { timeout: patience.timeoutMs, retries: patience.retries },
  };
  if (settings.apiUrl) options.rest = { ...options.rest, api: settings.apiUrl };
  return options;
}

/** What every handler gets, from the bot's settings (shared by the gateway bot and the HTTP endpoint). */
export function contextFrom(
  core: Cyberviews,
  settings: Pick<
    DiscordSettings,
    'ephemeralByDefault' | 'logger' | 'accessLog' | 'digests' | 'serverSettings' | 'feedback' | 'now'
  >,
): Context {
  const log = settings.logger ?? consoleLogger;
  return {
    core,
    ephemeralByDefault: settings.ephemeralByDefault ?? false,
    log,
    accessLog: settings.accessLog ?? log,
    digests: settings.digests ?? unavailableDigests(),
    ...(settings.serverSettings ? { serverSettings: settings.serverSettings } : {}),
    ...(settings.feedback ? { feedback: settings.feedback } : {}),
    now: settings.now ?? (() => Date.now()),
  };
}

/** Answers through discord.js's own interaction methods: REST callbacks to Discord. */
export function gatewaySender(interaction: Interaction): Sender {
  return {
    async reply(reply) {
      if (interaction.isRepliable()) await interaction.reply(sendOptions(reply));
    },
    async choices(choices) {
      if (interaction.isAutocomplete()) await interaction.respond(choices);
    },
    async modal(modal) {
      if (!interaction.isButton()) return false;
      await interaction.showModal(modal);
      return true;
    },
    get answered() {
      return interaction.isRepliable() && (interaction.replied || interaction.deferred);
    },
  };
}

/** The Discord face of cyberviews: `start()` logs in, `stop()` closes the connection. */
export function createDiscordBot(core: Cyberviews, settings: DiscordSettings): DiscordBot {
  const ctx = contextFrom(core, settings);
  const { log } = ctx;
  const client = new Client(clientOptions(settings));
  // Replies still on their way when stop() is called are let through before the connection closes.
  const inFlight = new InFlight();
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    inFlight.track(handleInteraction(interaction, ctx, gatewaySender(interaction), settings.rateLimiter));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!accepting) return;
    inFlight.track(
      handleReply(message, {
        client,
        ctx,
        ...(settings.rateLimiter && { limiter: settings.rateLimiter }),
      }).catch((error: unknown) =>
        log.error('reply failed', { error: error instanceof Error ? error.stack : String(error) }),
      ),
    );
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error: error.message }));
  return {
    client,
    async start() {
      const ready = once(client, Events.ClientReady);
      // A failed login rejects below; the ready promise must not then surface as an unhandled rejection.
      ready.catch(() => undefined);
      await client.login(settings.token);
      await ready;
      const appId = client.application?.id;
      if (appId && settings.applicationId && appId !== settings.applicationId) {
        log.warn('DISCORD_APPLICATION_ID does not match the token’s application', { token: appId });
      }
      log.info('discord bot ready', { user: client.user?.tag });
    },
    async stop() {
      accepting = false;
      await inFlight.settle();
      await client.destroy();
    },
  };
}
