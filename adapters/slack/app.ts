// The Slack app: Bolt in HTTP mode (events, commands and interactions at /slack/events) or Socket Mode,
// with the listeners registered per kind. Everything it knows about the article comes from the core.

import { App, type Logger, LogLevel } from '@slack/bolt';
import {
  type ChannelDigests,
  type Cyberviews,
  type RateLimiter,
  unavailableDigests,
} from '../../src/index.js';
import type { Route } from '../http/routes.js';
import { registerGuard } from './guard.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';

export interface SlackSettings {
  /** Verifies that HTTP requests come from Slack (SLACK_SIGNING_SECRET). */
  signingSecret: string;
  /** xoxb- token for the Web API (SLACK_BOT_TOKEN). */
  botToken: string;
  /** xapp- token: when set, the app connects over Socket Mode instead of listening for HTTP (SLACK_APP_TOKEN). */
  appToken?: string;
  /** HTTP port in HTTP mode (PORT); 3000 by default, 0 for any free port. */
  port?: number;
  /** Web API base, e.g. for GovSlack or a test fake (SLACK_API_URL); Slack's own by default. */
  apiUrl?: string;
  /** Where Bolt and the adapter log; Bolt's console logger by default. */
  logger?: Logger;
  /** Subscriptions and the question log (from the store); without them, subscribe says digests are unavailable. */
  digests?: ChannelDigests;
  /** Per-user and per-channel limits (RATE_LIMIT_*); none when absent. */
  rateLimiter?: RateLimiter;
  /** How patiently the Web API is called; see WEB_API. */
  webApi?: Partial<WebApiOptions>;
  /** More HTTP routes on the same port (Discord's interactions, /healthz); HTTP mode only. */
  customRoutes?: Route[];
}

export interface WebApiOptions {
  /** Per request; the WebClient waits forever by default. */
  timeoutMs: number;
  /** Retries after a timeout or 5xx (429s wait for Retry-After, as the WebClient does by itself). */
  retries: number;
  /** First retry delay; later ones back off exponentially. */
  minRetryMs: number;
}

/** A reply is only useful within seconds: a few quick retries, not the WebClient's default half hour. */
export const WEB_API: WebApiOptions = { timeoutMs: 10_000, retries: 3, minRetryMs: 500 };

export interface SlackApp {
  readonly bolt: App;
  /** Starts listening; resolves to the HTTP port in HTTP mode, undefined in Socket Mode. */
  start(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export const DEFAULT_PORT = 3000;

export function createSlackApp(core: Cyberviews, settings: SlackSettings): SlackApp {
  const { appToken } = settings;
  const port = settings.port ?? DEFAULT_PORT;
  const webApi = { ...WEB_API, ...settings.webApi };
  const bolt = new App({
    token: settings.botToken,
    signingSecret: settings.signingSecret,
    ...(appToken !== undefined && appToken.length > 0
      ? { socketMode: true, appToken }
      : { port, ...(settings.customRoutes && { customRoutes: settings.customRoutes }) }),
    clientOptions: {
      ...(settings.apiUrl !== undefined && { slackApiUrl: withTrailingSlash(settings.apiUrl) }),
      timeout: webApi.timeoutMs,
      retryConfig: { retries: webApi.retries, factor: 2, minTimeout: webApi.minRetryMs, randomize: true },
    },
    ...(settings.logger !== undefined ? { logger: settings.logger } : { logLevel: LogLevel.INFO }),
    // The bot keeps no conversation state: Bolt's default store would be read on every request for nothing.
    convoStore: false,
  });
  const digests = settings.digests ?? unavailableDigests();
  registerGuard(bolt, settings.rateLimiter);
  registerCommands(bolt, core, digests);
  registerActions(bolt, core);
  registerEvents(bolt, core, digests);
  bolt.error(async (error) => {
    // Listener failures are logged with their context; users already got a friendly message or nothing.
    bolt.logger.error('cyberviews: unhandled error in a Slack listener', error);
  });

  return {
    bolt,
    async start() {
      const started: unknown = await bolt.start(port);
      const address = isServer(started) ? started.address() : null;
      return typeof address === 'object' && address !== null ? address.port : undefined;
    },
    async stop() {
      await bolt.stop();
    },
  };
}

/** Slack's WebClient joins method names onto the base URL, so the base must end in a slash. */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function isServer(value: unknown): value is { address(): string | { port: number } | null } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { address?: unknown }).address === 'function'
  );
}
