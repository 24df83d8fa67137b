// The Slack app: Bolt in HTTP mode (events, commands and interactions at /slack/events) or Socket Mode,
// with one global middleware (the guard, then a router to a handler per kind of request) and no Bolt
// listener. Everything it knows about the article comes from the core.

import { App, type Logger, LogLevel } from '@slack/bolt';
import {
  type ChannelDigests,
  type Logger as CoreLogger,
  type Cyberviews,
  type FeedbackStore,
  type RateLimiter,
  type ThreadStore,
  unavailableDigests,
} from '../../src/index.js';
import type { Route } from '../http/routes.js';
import { registerGuard } from './guard.js';
import type { SealedInstallationStore } from './installations.js';
import { answerButtons } from './listeners/actions.js';
import { COMMAND, slashCommand } from './listeners/commands.js';
import { router } from './listeners/dispatch.js';
import { chatEvents } from './listeners/events.js';
import { reasonForm, voteButton } from './listeners/feedback.js';
import { installEvents } from './listeners/installs.js';
import { REASON_VIEW } from './render/state.js';

/** The bot scopes the app asks for when a workspace installs it (as in manifest.yml). */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'app_mentions:read',
  'channels:history',
  'groups:history',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
] as const;

/** OAuth mode: any number of workspaces install the app at /slack/install (Bolt's own installer). */
export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth state (a JWT), so an install started on one instance can finish on another. */
  stateSecret: string;
  /** Where installations live, sealed (sealedInstallationStore). */
  installationStore: SealedInstallationStore;
  /** The redirect URL, when the Slack app lists several (SLACK_REDIRECT_URI); Slack's single one otherwise. */
  redirectUri?: string;
}

export interface SlackSettings {
  /** Verifies that HTTP requests come from Slack (SLACK_SIGNING_SECRET). */
  signingSecret: string;
  /** xoxb- token for the Web API (SLACK_BOT_TOKEN): one workspace. Exclusive with `oauth`. */
  botToken?: string;
  /** Many workspaces, each installed through OAuth with its own token. Exclusive with `botToken`. */
  oauth?: SlackOAuthSettings;
  /** Pauses a workspace's digest subscriptions once it uninstalled the app; returns how many. */
  pauseWorkspace?: (workspace: string, reason: string) => Promise<number> | number;
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
  /** Where the access log's lines go (adapters/log.ts's accessLogger); `logger` when absent. */
  accessLog?: Pick<CoreLogger, 'info' | 'warn'>;
  /** How patiently the Web API is called; see WEB_API. */
  webApi?: Partial<WebApiOptions>;
  /** More HTTP routes on the same port (Discord's interactions, /healthz); HTTP mode only. */
  customRoutes?: Route[];
  /** Where 👍/👎 votes go (from the store); without it, answers carry no vote buttons. */
  feedback?: FeedbackStore;
  /** The threads the bot answered in (from the store); without it, only mentions are answered in threads. */
  threads?: ThreadStore;
  /** The clock votes and thread memory are stamped with; Date.now by default. */
  now?: () => number;
}

/** What the listeners need for votes and follow-ups. */
export type Conversations = Pick<SlackSettings, 'feedback' | 'threads' | 'rateLimiter'> & {
  now: () => number;
};

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
  const { oauth } = settings;
  const bolt = new App({
    ...(oauth ? installer(oauth) : { token: settings.botToken }),
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
    // Bolt's filter of the app's own events runs on events alone (./listeners/dispatch.ts), not as
    // global middleware in front of every slash command and click, which it never filters.
    ignoreSelf: false,
  });
  const digests = settings.digests ?? unavailableDigests();
  const conversations: Conversations = {
    now: settings.now ?? (() => Date.now()),
    ...(settings.feedback && { feedback: settings.feedback }),
    ...(settings.threads && { threads: settings.threads }),
    ...(settings.rateLimiter && { rateLimiter: settings.rateLimiter }),
  };
  // No Bolt listeners: the guard, Bolt's one global middleware, hands each request to the router
  // (./listeners/dispatch.ts), which sends it to its handler.
  const route = router({
    command: { name: COMMAND, handler: slashCommand(core, digests, conversations) },
    buttons: { ...answerButtons(core, conversations), vote: voteButton(conversations) },
    events: {
      ...chatEvents(core, digests, conversations),
      ...(oauth && installEvents(oauth.installationStore, settings.pauseWorkspace)),
    },
    form: { callbackId: REASON_VIEW, handler: reasonForm(conversations) },
  });
  registerGuard(bolt, route, settings.rateLimiter, settings.accessLog);
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

/**
 * Bolt's installer options: GET /slack/install sets the state cookie and redirects to Slack's consent page
 * at once; GET /slack/oauth_redirect checks the state against the cookie and its signature, exchanges the
 * code (oauth.v2.access, through clientOptions, so SLACK_API_URL too) and stores the installation.
 */
function installer(oauth: SlackOAuthSettings) {
  const redirectUri = oauth.redirectUri;
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: oauth.installationStore,
    ...(redirectUri !== undefined && { redirectUri }),
    installerOptions: {
      directInstall: true,
      ...(redirectUri !== undefined && { redirectUriPath: new URL(redirectUri).pathname }),
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
