// The Discord adapter's public face: the gateway bot, the HTTP interactions endpoint, their settings, the
// command list and the register step.

export {
  createDiscordBot,
  type DiscordBot,
  type DiscordSettings,
  REST_DEFAULTS,
  type RestPatience,
} from './bot.js';
export { commandDefinitions } from './commands/definition.js';
export {
  createInteractionsEndpoint,
  INTERACTIONS_PATH,
  type InteractionsEndpoint,
  type InteractionsSettings,
} from './interactions/endpoint.js';
export { discordPoster } from './poster.js';
export { type RegisterOptions, registerCommands } from './register.js';
