// `npm start`: reads configuration (environment and .env) and runs the bot on every platform whose
// credentials are present, in one process; with none, the local console over the embedded article.

import 'dotenv/config';
import { Scheduler } from '../src/digest/scheduler.js';
import {
  type ChannelDigests,
  ConfigError,
  createChannelDigests,
  createCyberviews,
  loadConfig,
  type PostPort,
  RateLimiter,
  unavailableDigests,
} from '../src/index.js';
import { resealInstallations, SqliteInstallations } from '../src/store/installations.js';
import { Store } from '../src/store/store.js';
import { TokenCipher } from '../src/store/token-cipher.js';
import { runConsole } from './cli/console.js';
import { createDiscordBot, discordPoster } from './discord/index.js';
import {
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

/** Every credential in the configuration: scrubbed from every log line and start-up error. */
let secrets: string[] = [];

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `${error.message}\nFix these in the environment or .env (see .env.example), then run npm start again.`,
      );
      return 78;
    }
    throw error;
  }
  secrets = [
    config.slack?.signingSecret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.slack?.oauth?.tokenKey,
    ...(config.slack?.oauth?.previousTokenKeys ?? []),
    config.discord?.token,
  ].filter((secret): secret is string => secret !== undefined);
  const log = createLog({ level: config.logLevel, secrets });
  // From here on, a stray rejection is logged and the bot keeps serving; an uncaught exception is logged
  // and the process exits 1 for its supervisor to restart.
  installProcessGuards(log);
  const core = createCyberviews();
  if (!config.slack && !config.discord) {
    await runConsole(core);
    return 0;
  }

  const running: Running[] = [];
  // Digests need the database; without it, answering goes on and subscribe says digests are unavailable.
  let store: Store | undefined;
  let scheduler: Scheduler | undefined;
  let digests: ChannelDigests;
  try {
    // Questions are logged in batches, off the request path; a batch the database refuses is logged here.
    store = Store.openIn(config.digest.dataDir, {
      onError: (message, error) => log.error({ source: 'digests', err: error }, message),
    });
    const opened = store;
    digests = createChannelDigests({
      store: opened,
      now: () => Date.now(),
      zone: config.digest.zone,
      onChange: () => scheduler?.wake(),
      onError: (message, error) => log.error({ source: 'digests', err: error }, message),
    });
  } catch (error) {
    log.error(
      `Digests: cannot open the database in ${config.digest.dataDir} (${error instanceof Error ? error.message : String(error)}); scheduled digests and Discord server settings are off. Check DATA_DIR.`,
    );
    digests = unavailableDigests(
      'Scheduled digests are unavailable: the bot cannot open its database. Questions and `/cyberviews digest` still work.',
    );
  }
  const ports: PostPort[] = [];
  const sourceUrl = core.about.meta.url;
  if (config.slack) {
    const { oauth: oauthConfig, ...slackConfig } = config.slack;
    let installations: SealedInstallationStore | undefined;
    if (oauthConfig) {
      // OAuth mode: the installations (and so every workspace's token) live in the database.
      if (!store)
        throw new Error(
          `Slack OAuth mode keeps each workspace's installation in the database, which cannot be opened in ${config.digest.dataDir}; check DATA_DIR.`,
        );
      const sqlite = new SqliteInstallations(store.database);
      const cipher = TokenCipher.fromHex(oauthConfig.tokenKey, oauthConfig.previousTokenKeys);
      // The end of a key rotation: what an older key sealed is resealed under TOKEN_ENCRYPTION_KEY.
      const { resealed, unreadable } = await resealInstallations(sqlite, cipher);
      if (resealed > 0) log.info(`Slack: ${resealed} installation(s) re-encrypted with the current key.`);
      for (const { workspace, reason } of unreadable)
        log.error(`Slack: the installation of workspace ${workspace} cannot be decrypted: ${reason}`);
      installations = sealedInstallationStore(sqlite, cipher, () => Date.now());
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
      rateLimiter: new RateLimiter(config.rateLimits, () => Date.now()),
    });
    ports.push(slackPoster(slack.bolt, sourceUrl, installations?.botToken));
    const port = await slack.start();
    running.push({ name: 'Slack', stop: () => slack.stop() });
    log.info(
      port === undefined
        ? 'Slack: connected over Socket Mode.'
        : `Slack: listening on port ${port} at /slack/events${installations ? ', installs at /slack/install' : ''}.`,
    );
  }
  if (config.discord) {
    const { token, applicationId, apiUrl, ephemeralByDefault } = config.discord;
    const discord = createDiscordBot(core, {
      token,
      ephemeralByDefault,
      digests,
      // Server admins' choices (/cyberviews settings); without the database, settings say they are unavailable.
      ...(store ? { serverSettings: store } : {}),
      logger: discordLogger(log),
      rateLimiter: new RateLimiter(config.rateLimits, () => Date.now()),
      ...(applicationId ? { applicationId } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    });
    await discord.start();
    running.push({ name: 'Discord', stop: () => discord.stop() });
    ports.push(discordPoster(discord.client, sourceUrl));
    log.info('Discord: logged in on the gateway.');
  }
  if (store) {
    const opened = store;
    scheduler = new Scheduler({
      store: opened,
      core,
      ports,
      questionLogDays: config.digest.questionLogDays,
      log: contextLogger(log, 'digests'),
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
    store?.close();
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
