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
