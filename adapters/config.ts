// The whole configuration: the core's platform-neutral settings and each platform's own, validated
// together so one start-up message lists every problem.

import { ConfigError, type CoreConfig, coreConfig, type Env } from '../src/index.js';
import { type DiscordConfig, discordConfig } from './discord/config.js';
import { type SlackConfig, slackConfig } from './slack/config.js';

export type { DiscordConfig, SlackConfig };

export interface Config extends CoreConfig {
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** Builds the configuration from environment variables; throws ConfigError listing every problem. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const config: Config = coreConfig(env, problems);
  const slack = slackConfig(env, problems);
  if (slack) config.slack = slack;
  const discord = discordConfig(env, problems);
  if (discord) config.discord = discord;
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * The configuration, or undefined after printing every problem and how to go on: fix them in the
 * environment or .env, then run `again` again. For command-line entry points, which then exit 78.
 */
export function readConfig(env: Env, again: string): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(
      `${error.message}\nFix these in the environment or .env (see .env.example), then run ${again} again.`,
    );
    return undefined;
  }
}
