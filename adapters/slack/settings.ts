// SlackSettings from environment variables, validated once at start-up with one clear message per problem.

import { DEFAULT_PORT, type SlackSettings } from './app.js';

export type SlackSettingsResult =
  | { ok: true; settings: SlackSettings }
  /** Slack is not configured at all: the adapter should simply not start. */
  | { ok: false; missing: true; problems: string[] }
  | { ok: false; missing: false; problems: string[] };

/** Reads SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_API_URL and PORT. */
export function slackSettingsFromEnv(env: Record<string, string | undefined>): SlackSettingsResult {
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() ?? '';
  const botToken = env.SLACK_BOT_TOKEN?.trim() ?? '';
  const appToken = env.SLACK_APP_TOKEN?.trim() ?? '';
  const apiUrl = env.SLACK_API_URL?.trim() ?? '';
  const portText = env.PORT?.trim() ?? '';
  if (signingSecret === '' && botToken === '' && appToken === '') {
    return { ok: false, missing: true, problems: ['Slack is not configured (SLACK_BOT_TOKEN is not set).'] };
  }
  const problems: string[] = [];
  if (botToken === '') problems.push('SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…).');
  else if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN should start with xoxb-.');
  if (appToken !== '' && !appToken.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN should start with xapp- (an app-level token with connections:write).');
  }
  if (signingSecret === '' && appToken === '') {
    problems.push('SLACK_SIGNING_SECRET is missing: copy it from Basic Information → App Credentials.');
  }
  if (apiUrl !== '' && !/^https?:\/\/\S+$/.test(apiUrl))
    problems.push('SLACK_API_URL must be an http(s) URL.');
  const port = portText === '' ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push('PORT must be a number from 0 to 65535.');
  if (problems.length > 0) return { ok: false, missing: false, problems };
  return {
    ok: true,
    settings: {
      signingSecret,
      botToken,
      port,
      ...(appToken !== '' && { appToken }),
      ...(apiUrl !== '' && { apiUrl }),
    },
  };
}
