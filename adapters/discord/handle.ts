// One interaction, whatever brought it (the gateway or the HTTP interactions endpoint): rate limits,
// routing to its command, button or autocomplete handler, the "sorry" on failure and the log line.
// How the answer travels back is the transport's business, behind `Sender`.

import type {
  APIApplicationCommandOptionChoice,
  APIModalInteractionResponseCallbackData,
  AutocompleteInteraction,
  Interaction,
} from 'discord.js';
import type { Caller, RateLimiter } from '../../src/index.js';
import { guarded, SLOW_AFTER_MS } from '../guard.js';
import { handleReason, handleVote, isReason, isVote } from './buttons/feedback.js';
import { handleFollowUpButton, handleFollowUpSubmit, isFollowUp } from './buttons/followup.js';
import { handleButton } from './buttons/handlers.js';
import * as ask from './commands/ask.js';
import { COMMAND_NAME, subcommands } from './commands/definition.js';
import type { Context } from './context.js';
import { contextFor } from './privacy.js';
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

/** Whether the interaction asks for an answer: commands, clicks and submitted follow-ups are limited. */
function asks(interaction: Interaction): boolean {
  return (
    interaction.isChatInputCommand() ||
    interaction.isButton() ||
    (interaction.isModalSubmit() && isFollowUp(interaction))
  );
}

/** Who asks and where, for the limits; autocomplete (every keystroke) and other kinds are never limited. */
function caller(interaction: Interaction): Caller | undefined {
  if (!asks(interaction)) return undefined;
  return {
    user: interaction.user.id,
    ...(interaction.channelId !== null && { channel: interaction.channelId }),
  };
}

async function route(interaction: Interaction, base: Context): Promise<Reply | undefined> {
  if (!asks(interaction)) return undefined;
  const ctx = await contextFor(interaction.guildId, base);
  if (interaction.isModalSubmit()) return handleFollowUpSubmit(interaction, ctx);
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== COMMAND_NAME) return undefined;
    const name = interaction.options.getSubcommand(false) ?? '';
    const command = subcommands.get(name);
    return command
      ? command.execute(interaction, ctx)
      : notice(`\`/cyberviews ${name}\` is not available here yet. Try \`/cyberviews help\`.`);
  }
  return interaction.isButton() ? handleButton(interaction, ctx) : undefined;
}

/**
 * Clicks answered with a form (the Follow up button; a 👎, after waiting on the store), and the 👎's
 * reason form: when a form is the answer nothing else is sent, hence `null`; undefined for every other
 * interaction.
 */
async function routeForms(
  interaction: Interaction,
  base: Context,
  send: Sender,
): Promise<Reply | null | undefined> {
  if (interaction.isButton() && isFollowUp(interaction))
    return (await handleFollowUpButton(interaction, send)) ?? null;
  if (interaction.isButton() && isVote(interaction))
    return (await handleVote(interaction, base, send)) ?? null;
  if (interaction.isModalSubmit() && isReason(interaction)) return handleReason(interaction, base);
  return undefined;
}

function autocompleteChoices(
  interaction: AutocompleteInteraction,
  ctx: Context,
): APIApplicationCommandOptionChoice<string>[] {
  return interaction.options.getSubcommand(false) === 'ask' ? ask.autocomplete(interaction, ctx) : [];
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
      await send.choices(autocompleteChoices(interaction, ctx));
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
        refuse: (message) => sendReply(interaction, send, notice(message)),
        run: async () => {
          const form = await routeForms(interaction, ctx, send);
          await sendReply(interaction, send, form === undefined ? await route(interaction, ctx) : form);
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
      const sorry = notice('Something went wrong on my side. Please try again in a moment.');
      await send.reply(sorry).catch(() => undefined);
    }
  }
}

async function sendReply(interaction: Interaction, send: Sender, reply: Reply | null | undefined) {
  if (reply && interaction.isRepliable()) await send.reply(reply);
}
