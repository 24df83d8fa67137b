// One interaction, whatever brought it (the gateway or the HTTP interactions endpoint): rate limits,
// routing to its command, button or autocomplete handler, the "sorry" on failure and the log line.
// How the answer travels back is the transport's business, behind `Sender`.

import type {
  APIApplicationCommandOptionChoice,
  APIModalInteractionResponseCallbackData,
  Interaction,
} from 'discord.js';
import { type Caller, decodeAction, type RateLimiter, SORRY } from '../../src/index.js';
import { guarded, SLOW_AFTER_MS } from '../guard.js';
import { handleReason, handleVote } from './buttons/feedback.js';
import { handleFollowUpButton, handleFollowUpSubmit } from './buttons/followup.js';
import { handleButton } from './buttons/handlers.js';
import { COMMAND_NAME, subcommands } from './commands/definition.js';
import { suggestionsFor } from './commands/suggestions.js';
import { type Context, contextFor } from './context.js';
import { notice, type Reply } from './render/reply.js';

/** How a transport answers one interaction: the gateway through REST callbacks, HTTP in its response. */
export interface Sender {
  /** Sends the reply to a command or a click. */
  reply(reply: Reply): Promise<void>;
  /** Sends autocomplete choices. */
  choices(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
  /** Answers a click with a form (a 👎's reason); false when this transport cannot any more (deferred). */
  modal(modal: APIModalInteractionResponseCallbackData): Promise<boolean | undefined>;
  /** Whether an answer (or a deferral) has gone out, so a failure after it does not answer twice. */
  readonly answered: boolean;
}

/** What a log line says about an interaction: its kind and the subcommand or button, never its text. */
function describe(interaction: Interaction): { kind: string; command: string } {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return {
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      command: interaction.options.getSubcommand(false) ?? '',
    };
  }
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId.split(':')[1] ?? '' };
  if (interaction.isModalSubmit())
    return { kind: 'modal', command: interaction.customId.split(':')[1] ?? '' };
  return { kind: String(interaction.type), command: '' };
}

/** Who asks and where, for the limits: commands, clicks and submitted follow-ups; autocomplete (every
 * keystroke), the 👎's reason form and other kinds are never limited. */
function caller(interaction: Interaction): Caller | undefined {
  const asks =
    interaction.isChatInputCommand() ||
    interaction.isButton() ||
    (interaction.isModalSubmit() && decodeAction(interaction.customId)?.kind === 'followup');
  if (!asks) return undefined;
  return {
    user: interaction.user.id,
    ...(interaction.channelId !== null && { channel: interaction.channelId }),
  };
}

/**
 * The reply to a command, a click or a submitted form; null when a form was the answer (the Follow up
 * button; a 👎, after waiting on the store), undefined for an interaction the bot does not answer.
 */
async function route(
  interaction: Interaction,
  base: Context,
  send: Sender,
): Promise<Reply | null | undefined> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== COMMAND_NAME) return undefined;
    const name = interaction.options.getSubcommand(false) ?? '';
    const command = subcommands.get(name);
    return command
      ? command.execute(interaction, await contextFor(interaction.guildId, base))
      : notice(`\`/cyberviews ${name}\` is not available here yet. Try \`/cyberviews help\`.`);
  }
  if (!interaction.isButton() && !interaction.isModalSubmit()) return undefined;
  const action = decodeAction(interaction.customId);
  if (interaction.isModalSubmit()) {
    if (action?.kind === 'reason') return handleReason(action.vote, interaction, base);
    if (action?.kind !== 'followup') return undefined;
    return handleFollowUpSubmit(action, interaction, await contextFor(interaction.guildId, base));
  }
  if (action?.kind === 'followup') return (await handleFollowUpButton(action, interaction, send)) ?? null;
  if (action?.kind === 'vote') return (await handleVote(action, interaction, base, send)) ?? null;
  return handleButton(action, interaction, await contextFor(interaction.guildId, base));
}

/** Answers one interaction through `send`, logging one line per command (never its text). */
export async function handleInteraction(
  interaction: Interaction,
  ctx: Context,
  send: Sender,
  limiter?: RateLimiter,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      // Neither limited nor logged (one per keystroke); but a slow one misses Discord's deadline, as a
      // command would, and is warned about the same way.
      const started = ctx.now();
      const ask = interaction.options.getSubcommand(false) === 'ask';
      await send.choices(ask ? suggestionsFor(ctx.core, String(interaction.options.getFocused())) : []);
      const ms = ctx.now() - started;
      if (ms > SLOW_AFTER_MS)
        ctx.accessLog.warn('slow command', { platform: 'discord', ...describe(interaction), ms });
      return;
    }
    const who = caller(interaction);
    await guarded(
      { log: ctx.accessLog, clock: ctx.now, ...(limiter && { limiter }) },
      {
        line: { platform: 'discord', ...describe(interaction) },
        ...(who && { caller: who }),
        refuse: async (message) => {
          if (interaction.isRepliable()) await send.reply(notice(message));
        },
        run: async () => {
          const reply = await route(interaction, ctx, send);
          if (reply && interaction.isRepliable()) await send.reply(reply);
        },
      },
    );
  } catch (error) {
    // Running (or refusing) the command failed: log what failed, and say sorry to the user.
    ctx.log.error('interaction failed', {
      interaction: interaction.id,
      type: interaction.type,
      error: error instanceof Error ? error.stack : String(error),
    });
    if (interaction.isRepliable() && !send.answered) {
      await send.reply(notice(SORRY)).catch(() => undefined);
    }
  }
}
