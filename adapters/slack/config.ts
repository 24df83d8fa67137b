// Slack's settings from the environment: the signing secret and token shapes Slack issues, and OAuth
// mode's client credentials and token encryption keys, checked once at start-up with one line per
// problem (never quoting a secret).

import { type Env, httpPort, KEY_PATTERN, present, url } from '../../src/index.js';

/** OAuth mode (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET): any number of workspaces. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** TOKEN_ENCRYPTION_KEY: seals every workspace's installation in the store (64 hex digits). */
  tokenKey: string;
  /** TOKEN_ENCRYPTION_KEY_PREVIOUS: older keys, comma-separated, that still open (during a rotation). */
  previousTokenKeys: string[];
  /** SLACK_REDIRECT_URI, when the Slack app lists more than one redirect URL. */
  redirectUri?: string;
}

export interface SlackConfig {
  signingSecret: string;
  /** One workspace (SLACK_BOT_TOKEN); absent in OAuth mode. */
  botToken?: string;
  oauth?: SlackOAuthConfig;
  appToken?: string;
  apiUrl?: string;
  port: number;
}

const GENERATE_KEY = 'generate one with `openssl rand -hex 32`';

/** TOKEN_ENCRYPTION_KEY and TOKEN_ENCRYPTION_KEY_PREVIOUS, required and checked in OAuth mode. */
function tokenKeys(env: Env, problems: string[]): { tokenKey: string; previousTokenKeys: string[] } {
  const tokenKey = present(env, 'TOKEN_ENCRYPTION_KEY') ?? '';
  if (!tokenKey)
    problems.push(
      `TOKEN_ENCRYPTION_KEY is missing: OAuth mode stores each workspace's bot token encrypted with it; ${GENERATE_KEY}, use the same key on every instance and keep it with your other secrets.`,
    );
  else if (!KEY_PATTERN.test(tokenKey))
    problems.push(`TOKEN_ENCRYPTION_KEY must be 32 bytes as 64 hexadecimal characters; ${GENERATE_KEY}.`);
  const previousTokenKeys = (present(env, 'TOKEN_ENCRYPTION_KEY_PREVIOUS') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
  if (previousTokenKeys.some((key) => !KEY_PATTERN.test(key)))
    problems.push(
      'TOKEN_ENCRYPTION_KEY_PREVIOUS must be the previous TOKEN_ENCRYPTION_KEY (64 hexadecimal characters; several separated by commas).',
    );
  return { tokenKey, previousTokenKeys };
}

/** The OAuth variables, when any is set: all three are then required, with the encryption key. */
function slackOAuth(env: Env, problems: string[]): SlackOAuthConfig | undefined {
  const clientId = present(env, 'SLACK_CLIENT_ID');
  const clientSecret = present(env, 'SLACK_CLIENT_SECRET');
  const stateSecret = present(env, 'SLACK_STATE_SECRET');
  if (!clientId && !clientSecret && !stateSecret) return undefined;
  const where = '(Slack app → Basic Information → App Credentials)';
  if (!clientId) problems.push(`SLACK_CLIENT_ID is missing ${where}.`);
  else if (!/^\d+\.\d+$/.test(clientId))
    problems.push(`SLACK_CLIENT_ID must be the app's Client ID, digits.digits ${where}.`);
  if (!clientSecret) problems.push(`SLACK_CLIENT_SECRET is missing ${where}.`);
  if (!stateSecret)
    problems.push(
      'SLACK_STATE_SECRET is missing: it signs the OAuth state; generate one with `openssl rand -hex 32` and set the same value on every instance.',
    );
  else if (stateSecret.length < 32)
    problems.push(
      'SLACK_STATE_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`.',
    );
  const keys = tokenKeys(env, problems);
  const redirectUri = url(
    env,
    'SLACK_REDIRECT_URI',
    'https://bot.example.com/slack/oauth_redirect',
    problems,
  );
  if (!clientId || !clientSecret || !stateSecret) return undefined;
  return { clientId, clientSecret, stateSecret, ...keys, ...(redirectUri ? { redirectUri } : {}) };
}

/** Slack's settings when any SLACK_* credential is set; problems are added to `problems`. */
export function slackConfig(env: Env, problems: string[]): SlackConfig | undefined {
  const signingSecret = present(env, 'SLACK_SIGNING_SECRET');
  const botToken = present(env, 'SLACK_BOT_TOKEN');
  const appToken = present(env, 'SLACK_APP_TOKEN');
  const oauthAsked = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'].some((name) =>
    present(env, name),
  );
  if (!signingSecret && !botToken && !appToken && !oauthAsked) return undefined;
  const oauth = slackOAuth(env, problems);
  if (!signingSecret)
    problems.push('SLACK_SIGNING_SECRET is missing (Slack app → Basic Information → Signing Secret).');
  else if (!/^[0-9a-f]{32,}$/i.test(signingSecret))
    problems.push(
      'SLACK_SIGNING_SECRET must be the 32-character hexadecimal Signing Secret (Slack app → Basic Information), not a token.',
    );
  if (oauthAsked && botToken)
    problems.push(
      'Set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (installs in many workspaces), not both.',
    );
  if (oauthAsked && appToken)
    problems.push(
      'OAuth installs need HTTP mode (a public /slack/oauth_redirect): unset SLACK_APP_TOKEN, or use SLACK_BOT_TOKEN with Socket Mode.',
    );
  if (!botToken && !oauthAsked)
    problems.push('SLACK_BOT_TOKEN is missing (Slack app → OAuth & Permissions → Bot User OAuth Token).');
  else if (botToken && !/^xoxb-[\w-]+$/.test(botToken))
    problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (letters, digits and dashes).');
  if (appToken && !/^xapp-[\w-]+$/.test(appToken))
    problems.push('SLACK_APP_TOKEN must be an app-level token starting with "xapp-".');
  const port = httpPort(env, problems);
  const apiUrl = url(env, 'SLACK_API_URL', 'https://slack.com/api/', problems);
  if (!signingSecret || !(botToken || oauth)) return undefined;
  return {
    signingSecret,
    ...(oauth ? { oauth } : botToken ? { botToken } : {}),
    port,
    ...(appToken ? { appToken } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
