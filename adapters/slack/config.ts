// Slack's settings from the environment: the signing secret and token shapes Slack issues, checked
// once at start-up with one line per problem (never quoting a secret).

import { type Env, httpPort, present, url } from '../../src/index.js';

export interface SlackConfig {
  signingSecret: string;
  botToken: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
}

/** Slack's settings when any SLACK_* credential is set; problems are added to `problems`. */
export function slackConfig(env: Env, problems: string[]): SlackConfig | undefined {
  const signingSecret = present(env, 'SLACK_SIGNING_SECRET');
  const botToken = present(env, 'SLACK_BOT_TOKEN');
  const appToken = present(env, 'SLACK_APP_TOKEN');
  if (!signingSecret && !botToken && !appToken) return undefined;
  if (!signingSecret)
    problems.push('SLACK_SIGNING_SECRET is missing (Slack app → Basic Information → Signing Secret).');
  else if (!/^[0-9a-f]{32,}$/i.test(signingSecret))
    problems.push(
      'SLACK_SIGNING_SECRET must be the 32-character hexadecimal Signing Secret (Slack app → Basic Information), not a token.',
    );
  if (!botToken)
    problems.push('SLACK_BOT_TOKEN is missing (Slack app → OAuth & Permissions → Bot User OAuth Token).');
  else if (!/^xoxb-[\w-]+$/.test(botToken))
    problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (letters, digits and dashes).');
  if (appToken && !/^xapp-[\w-]+$/.test(appToken))
    problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-".');
  const port = httpPort(env, problems);
  const apiUrl = url(env, 'SLACK_API_URL', 'https://slack.com/api/', problems);
  if (!signingSecret || !botToken) return undefined;
  return {
    signingSecret,
    botToken,
    port,
    ...(appToken ? { appToken } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
