// `npm start`: reads configuration (environment and .env) and runs the bot on every platform whose
// credentials are present; with none, the local console over the embedded article.

import 'dotenv/config';
import { ConfigError, loadConfig } from '../src/config.js';
import { createCyberviews } from '../src/index.js';
import { runConsole } from './cli/console.js';

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  const core = createCyberviews();
  if (!config.slack && !config.discord) {
    await runConsole(core);
    return 0;
  }
  console.error('Chat adapters are not wired in yet; running the local console.');
  await runConsole(core);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('cyberviews failed to start:', error);
    process.exitCode = 70;
  },
);
