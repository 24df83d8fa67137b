// How an interaction received over HTTP is answered: in the HTTP response itself when the handler is done
// within the deferral budget (the usual case: answers take milliseconds), otherwise with a deferral
// (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, "thinking…") and the answer later through the interaction's
// webhook (PATCH /webhooks/:app/:token/messages/@original), well inside Discord's 3-second window.

import {
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIModalInteractionResponseCallbackData,
  type Interaction,
  InteractionResponseType,
  MessageFlags,
  MessagePayload,
} from 'discord.js';
import type { Sender } from '../handle.js';
import { type Reply, sendOptions } from '../render/reply.js';

/** How long a handler may take before the endpoint defers: Discord drops responses after 3 s. */
export const DEFER_AFTER_MS = 2_000;

/** What a deferred, private "thinking…" becomes when the answer is for the whole channel. */
export const POSTED_BELOW = 'Your answer is posted in the channel below.';

export interface HttpSender extends Sender {
  /** The body of the HTTP response: the answer, the choices, or a deferral once the budget is spent. */
  readonly response: Promise<APIInteractionResponse>;
}

/**
 * A sender for one interaction. A deferral is always private, because Discord fixes a message's
 * visibility when it is deferred: a private answer then replaces the "thinking…", and a public one is
 * posted as a follow-up after the private placeholder says so.
 */
export function httpSender(interaction: Interaction, deferAfterMs = DEFER_AFTER_MS): HttpSender {
  let state: 'waiting' | 'deferred' | 'answered' = 'waiting';
  let respond: (body: APIInteractionResponse) => void = () => undefined;
  const response = new Promise<APIInteractionResponse>((resolve) => {
    respond = resolve;
  });
  const timer = setTimeout(() => {
    // Only commands and clicks can be deferred; autocomplete always answers at once.
    if (state !== 'waiting' || !interaction.isRepliable()) return;
    state = 'deferred';
    // discord.js then sends later replies through the interaction's webhook, as after its own deferReply().
    interaction.deferred = true;
    interaction.ephemeral = true;
    respond({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
  }, deferAfterMs);
  timer.unref();

  return {
    response,
    get answered() {
      return state !== 'waiting';
    },
    async choices(choices: APIApplicationCommandOptionChoice<string>[]) {
      clearTimeout(timer);
      state = 'answered';
      respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    },
    async modal(modal: APIModalInteractionResponseCallbackData) {
      // A form can only be the first response; once deferred, the caller thanks the voter instead.
      if (state !== 'waiting') return false;
      clearTimeout(timer);
      state = 'answered';
      respond({ type: InteractionResponseType.Modal, data: modal });
      return true;
    },
    async reply(reply: Reply) {
      clearTimeout(timer);
      const deferred = state === 'deferred';
      state = 'answered';
      if (!deferred) {
        // The body discord.js's interaction.reply() would post on the gateway.
        const { body } = MessagePayload.create(interaction, sendOptions(reply)).resolveBody();
        respond({
          type: InteractionResponseType.ChannelMessageWithSource,
          data: body as APIInteractionResponseCallbackData,
        });
        return;
      }
      if (!interaction.isRepliable()) return;
      if (reply.ephemeral) {
        // Already private: an edit cannot change that (its flags only suppress embeds).
        await interaction.editReply({ ...sendOptions(reply), flags: [] });
        return;
      }
      await interaction.editReply({ content: POSTED_BELOW, embeds: [], components: [] });
      await interaction.followUp(sendOptions(reply));
    },
  };
}
