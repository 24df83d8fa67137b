// `npm start`: reads configuration (environment and .env) and runs the bot on every platform whose
// credentials are present, in one process; with none, the local console over the embedded article.

import 'dotenv/config';
import { ConfigError, loadConfig } from '../src/config.js';
import { createCyberviews } from '../src/index.js';
import { runConsole } from './cli/console.js';
import { createDiscordBot } from './discord/index.js';
import { createSlackApp } from './slack/index.js';

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
  const core = createCyberviews();
  if (!config.slack && !config.discord) {
    await runConsole(core);
    return 0;
  }

  const running: Running[] = [];
  if (config.slack) {
    const slack = createSlackApp(core, config.slack);
    const port = await slack.start();
    running.push({ name: 'Slack', stop: () => slack.stop() });
    console.error(
      port === undefined
        ? 'Slack: connected over Socket Mode.'
        : `Slack: listening on port ${port} at /slack/events.`,
    );
  }
  if (config.discord) {
    const { token, applicationId, apiUrl, ephemeralByDefault } = config.discord;
    const discord = createDiscordBot(core, {
      token,
      ephemeralByDefault,
      ...(applicationId ? { applicationId } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    });
    await discord.start();
    running.push({ name: 'Discord', stop: () => discord.stop() });
    console.error('Discord: logged in on the gateway.');
  }

  // Graceful shutdown: stop accepting, let in-flight work finish, close connections, exit 0.
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      console.error(`${signal} received; shutting down.`);
      resolve();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  for (const service of running.reverse()) {
    try {
      await service.stop();
    } catch (error) {
      console.error(`${service.name}: error while stopping`, error);
    }
  }
  // Servers and gateways are closed; pending Web API retries must not keep the process alive.
  process.exit(0);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('cyberviews failed to start:', error instanceof Error ? error.message : error);
    process.exitCode = 70;
  },
);
