// `npm start`: reads configuration (environment and .env) and runs the bot on every platform whose
// credentials are present, in one process; with none, the local console over the embedded article.

import 'dotenv/config';
import {
  type ChannelDigests,
  command,
  createChannelDigests,
  createCyberviews,
  describeLocation,
  type FeedbackStore,
  message,
  openStore,
  type PostPort,
  RateLimiter,
  resealInstallations,
  Scheduler,
  type Store,
  startRetention,
  type ThreadStore,
  TokenCipher,
  unavailableDigests,
  warmUp,
} from '../src/index.js';
import { runConsole } from './cli/console.js';
import { readConfig } from './config.js';
import { createDiscordBot, createInteractionsEndpoint, discordPoster } from './discord/index.js';
import { type HealthProbe, healthRoute } from './http/health.js';
import type { Route } from './http/routes.js';
import { startHttpServer } from './http/server.js';
import {
  accessLogger,
  boltLogger,
  contextLogger,
  createLog,
  discordLogger,
  installProcessGuards,
  scrubSecrets,
} from './log.js';
import {
  createSlackApp,
  type SealedInstallationStore,
  sealedInstallationStore,
  slackPoster,
} from './slack/index.js';

/** How often each of several instances re-reads the shared subscriptions. */
const SHARED_STORE_POLL_MS = 60 * 1000;

/** Every credential in the configuration: scrubbed from every log line and start-up error. */
let secrets: string[] = [];

interface Running {
  name: string;
  stop(): Promise<void>;
}

/** The password in a postgres:// URL, scrubbed from logs on its own too (drivers quote parts of URLs). */
function databasePassword(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === '' ? undefined : password;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const config = readConfig(process.env, 'npm start');
  if (config === undefined) return 78;
  secrets = [
    config.slack?.signingSecret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.slack?.oauth?.tokenKey,
    ...(config.slack?.oauth?.previousTokenKeys ?? []),
    config.discord?.token,
    config.digest.databaseUrl,
    databasePassword(config.digest.databaseUrl),
  ].filter((secret): secret is string => secret !== undefined);
  const log = createLog({ level: config.logLevel, secrets });
  // From here on, a stray rejection is logged and the bot keeps serving; an uncaught exception is logged
  // and the process exits 1 for its supervisor to restart.
  installProcessGuards(log);
  const core = createCyberviews();
  // The first questions a process answers are slow (compiling, first passes): pay that before any user asks.
  warmUp(core);
  if (!config.slack && !config.discord) {
    await runConsole(core);
    return 0;
  }

  const running: Running[] = [];
  // Digests need the database; without it, answering goes on and subscribe says digests are unavailable.
  let store: Store | undefined;
  let scheduler: Scheduler | undefined;
  let digests: ChannelDigests;
  // Votes on answers and the threads the bot answered in live beside the rest, on the same database.
  let conversations: { feedback: FeedbackStore; threads: ThreadStore } | undefined;
  try {
    // Questions are logged in batches, off the request path; a batch the database refuses is logged here.
    store = await openStore(config.digest, {
      onError: (message, error) => log.error({ source: 'digests', err: error }, message),
    });
    log.info(`Digests: state in ${describeLocation(config.digest)}.`);
    const opened = store;
    conversations = { feedback: opened.feedback, threads: opened.threads };
    digests = createChannelDigests({
      store: opened,
      now: () => Date.now(),
      zone: config.digest.zone,
      onChange: () => scheduler?.wake(),
      onError: (message, error) => log.error({ source: 'digests', err: error }, message),
    });
  } catch (error) {
    log.error(
      `Digests: cannot open the database, ${describeLocation(config.digest)} (${error instanceof Error ? error.message : String(error)}); scheduled digests and Discord server settings are off. Check ${config.digest.databaseUrl ? 'DATABASE_URL and that Postgres is reachable' : 'DATA_DIR'}.`,
    );
    digests = unavailableDigests(
      message`Scheduled digests are unavailable: the bot cannot open its database. Questions and ${command('digest')} still work.`,
    );
  }
  const ports: PostPort[] = [];
  const sourceUrl = core.about.meta.url;
  const discordSettings = config.discord && {
    token: config.discord.token,
    ephemeralByDefault: config.discord.ephemeralByDefault,
    digests,
    // Server admins' choices (/cyberviews settings); without the database, settings say they are unavailable.
    ...(store ? { serverSettings: store } : {}),
    // Votes on answers; replies to the bot's answers need no store (the answer replied to says what it showed).
    ...(conversations ? { feedback: conversations.feedback } : {}),
    logger: discordLogger(log),
    // Access lines through their own logger, as Slack's (adapters/log.ts).
    accessLog: accessLogger(log, 'discord'),
    rateLimiter: new RateLimiter(config.rateLimits, () => Date.now()),
    ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
  };
  // Discord's interactions endpoint and /healthz share PORT with Slack's /slack/events: on Bolt's receiver
  // when Slack runs in HTTP mode, on a server of their own otherwise.
  const routes: Route[] = [];
  const interactions = config.discord?.interactions;
  const endpoint =
    interactions && discordSettings
      ? createInteractionsEndpoint(core, { ...discordSettings, publicKey: interactions.publicKey })
      : undefined;
  if (endpoint) routes.push(endpoint.route);
  const slackHttp = config.slack !== undefined && !config.slack.appToken;
  // The database answers a trivial query (SQLite or Postgres); without a store, digests are off: unhealthy.
  const probe: HealthProbe = async () => (await store?.ping()) ?? false;
  if (slackHttp || endpoint) routes.push(healthRoute(probe));
  if (config.slack) {
    const { oauth: oauthConfig, ...slackConfig } = config.slack;
    let installations: SealedInstallationStore | undefined;
    if (oauthConfig) {
      // OAuth mode: the installations (and so every workspace's token) live in the database.
      if (!store)
        throw new Error(
          `Slack OAuth mode keeps each workspace's installation in the database, which cannot be opened (${describeLocation(config.digest)}); check ${config.digest.databaseUrl ? 'DATABASE_URL and that Postgres is reachable' : 'DATA_DIR'}.`,
        );
      const cipher = TokenCipher.fromHex(oauthConfig.tokenKey, oauthConfig.previousTokenKeys);
      // The end of a key rotation: what an older key sealed is resealed under TOKEN_ENCRYPTION_KEY.
      const { resealed, unreadable } = await resealInstallations(store.installations, cipher);
      if (resealed > 0) log.info(`Slack: ${resealed} installation(s) re-encrypted with the current key.`);
      for (const { workspace, reason } of unreadable)
        log.error(`Slack: the installation of workspace ${workspace} cannot be decrypted: ${reason}`);
      installations = sealedInstallationStore(store.installations, cipher, () => Date.now());
    }
    const opened = store;
    const slack = createSlackApp(core, {
      ...slackConfig,
      ...(oauthConfig &&
        installations && {
          oauth: {
            clientId: oauthConfig.clientId,
            clientSecret: oauthConfig.clientSecret,
            stateSecret: oauthConfig.stateSecret,
            installationStore: installations,
            ...(oauthConfig.redirectUri !== undefined && { redirectUri: oauthConfig.redirectUri }),
          },
        }),
      ...(opened && {
        pauseWorkspace: (workspace: string, reason: string) =>
          opened.pauseWorkspace('slack', workspace, reason, Date.now()),
      }),
      digests,
      logger: boltLogger(log),
      accessLog: accessLogger(log, 'slack'),
      rateLimiter: new RateLimiter(config.rateLimits, () => Date.now()),
      ...(slackHttp ? { customRoutes: routes } : {}),
      ...conversations,
    });
    ports.push(slackPoster(slack.bolt, sourceUrl, installations?.botToken));
    const port = await slack.start();
    running.push({ name: 'Slack', stop: () => slack.stop() });
    log.info(
      port === undefined
        ? 'Slack: connected over Socket Mode.'
        : `Slack: listening on port ${port} at /slack/events${installations ? ', installs at /slack/install' : ''}${endpoint ? ', /discord/interactions' : ''} and /healthz.`,
    );
  }
  if (endpoint) {
    // No gateway connection: interactions come over HTTP, digests go out through REST with the bot token.
    running.push({ name: 'Discord', stop: () => endpoint.stop() });
    ports.push(discordPoster(endpoint.client, sourceUrl));
  } else if (config.discord && discordSettings) {
    const { applicationId } = config.discord;
    const discord = createDiscordBot(core, {
      ...discordSettings,
      ...(applicationId ? { applicationId } : {}),
    });
    await discord.start();
    running.push({ name: 'Discord', stop: () => discord.stop() });
    ports.push(discordPoster(discord.client, sourceUrl));
    log.info('Discord: logged in on the gateway.');
  }
  if (endpoint && interactions && !slackHttp) {
    const server = await startHttpServer(routes, interactions.port);
    running.push({ name: 'HTTP', stop: () => server.close() });
    log.info(
      `Discord: listening on port ${server.port} at /discord/interactions and /healthz (HTTP interactions, no gateway).`,
    );
  }
  if (conversations) {
    const stopRetention = startRetention({
      ...conversations,
      feedbackDays: config.digest.questionLogDays,
      now: () => Date.now(),
      onPruned: (pruned) => log.info({ source: 'feedback', ...pruned }, 'votes and thread memory pruned'),
      onError: (error) => log.error({ source: 'feedback', err: error }, 'could not prune votes and threads'),
    });
    running.push({ name: 'Retention', stop: async () => stopRetention() });
  }
  if (store) {
    const opened = store;
    scheduler = new Scheduler({
      store: opened,
      core,
      ports,
      questionLogDays: config.digest.questionLogDays,
      ...(conversations ? { feedback: conversations.feedback } : {}),
      log: contextLogger(log, 'digests'),
      // Other instances share the database: look at it every minute, not every hour.
      ...(opened.kind === 'postgres' && { maxSleepMs: SHARED_STORE_POLL_MS }),
    });
    scheduler.start();
    const active = scheduler;
    // Services stop in reverse order, so this stops first: no digest starts while the chat connections close.
    running.push({ name: 'Digests', stop: () => active.stop() });
  }

  // Graceful shutdown: stop accepting, let in-flight work finish, close connections, exit 0.
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info(`${signal} received; shutting down.`);
      resolve();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  for (const service of running.reverse()) {
    try {
      await service.stop();
    } catch (error) {
      log.error({ err: error }, `${service.name}: error while stopping`);
    }
  }
  // The database closes last, once no question can come in: closing writes the queued question log.
  try {
    await store?.close();
  } catch (error) {
    log.error({ err: error }, 'Digests: error while closing the database');
  }
  // Servers and gateways are closed; pending Web API retries must not keep the process alive.
  process.exit(0);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('cyberviews failed to start:', scrubSecrets(reason, secrets));
    process.exitCode = 70;
  },
);
