// The Slack adapter's public face: build the Bolt app from the core and SlackSettings (src/config.ts gives them).

export {
  BOT_SCOPES,
  createSlackApp,
  DEFAULT_PORT,
  type SlackApp,
  type SlackOAuthSettings,
  type SlackSettings,
  WEB_API,
  type WebApiOptions,
} from './app.js';
export { type SealedInstallationStore, sealedInstallationStore, workspaceKey } from './installations.js';
export { slackPoster } from './poster.js';
