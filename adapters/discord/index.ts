// The Discord adapter's public face: the bot, its settings, the command list and the register step.

export {
  createDiscordBot,
  type DiscordBot,
  type DiscordSettings,
  REST_DEFAULTS,
  type RestPatience,
} from './bot.js';
export { commandDefinitions } from './commands/definition.js';
export { discordPoster } from './poster.js';
export { type RegisterOptions, registerCommands } from './register.js';
