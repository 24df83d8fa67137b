// The Slack adapter's public face: build the Bolt app from the core and SlackSettings (src/config.ts gives them).

export {
  createSlackApp,
  DEFAULT_PORT,
  type SlackApp,
  type SlackSettings,
  WEB_API,
  type WebApiOptions,
} from './app.js';
export { slackPoster } from './poster.js';
