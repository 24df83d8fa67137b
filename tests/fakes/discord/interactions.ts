// INTERACTION_CREATE payloads as Discord sends them for `/cyberviews`: slash commands (type 2),
// button clicks (type 3, with the message the button sits on) and autocomplete (type 4).

import {
  botMessage,
  FAKE_APPLICATION,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_MEMBER_USER,
  type Snowflakes,
} from './ids.js';

export const InteractionType = {
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;
export const OptionType = { Subcommand: 1, String: 3, Integer: 4, Boolean: 5 } as const;

/** Member permission bitfields: an ordinary member's, and a server manager's (with Manage Server). */
export const PERMISSIONS = {
  member: '2248473465835073',
  manageServer: (2248473465835073n | (1n << 5n)).toString(),
} as const;

export interface OptionValue {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

export interface InteractionPayload {
  id: string;
  token: string;
  type: number;
  [key: string]: unknown;
}

const COMMAND_ID = '1100000000000000010';

function base(ids: Snowflakes, type: number): InteractionPayload {
  const id = ids.next();
  return {
    id,
    token: `token-${id}`,
    type,
    application_id: FAKE_APPLICATION.id,
    version: 1,
    guild_id: FAKE_GUILD_ID,
    channel_id: FAKE_CHANNEL_ID,
    channel: { id: FAKE_CHANNEL_ID, type: 0, guild_id: FAKE_GUILD_ID, name: 'policy-reading', flags: 0 },
    guild: { id: FAKE_GUILD_ID, locale: 'en-US', features: [] },
    member: {
      user: FAKE_MEMBER_USER,
      roles: [],
      nick: null,
      avatar: null,
      joined_at: new Date(0).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      permissions: PERMISSIONS.member,
      communication_disabled_until: null,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': FAKE_GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/**
 * Where the interaction happens: a server channel, a direct message with the bot, or a channel of a
 * given server (by default the fake one) sent by a member with the given permissions.
 */
export type Place = 'guild' | 'dm' | { guild?: string; permissions?: string };

/** The same interaction in another server, or from a member with other permissions. */
function inGuild(
  payload: InteractionPayload,
  place: { guild?: string; permissions?: string },
): InteractionPayload {
  const guild = place.guild ?? FAKE_GUILD_ID;
  const member = payload.member as Record<string, unknown>;
  const channel = payload.channel as Record<string, unknown>;
  return {
    ...payload,
    guild_id: guild,
    guild: { ...(payload.guild as Record<string, unknown>), id: guild },
    channel: { ...channel, guild_id: guild },
    member: { ...member, permissions: place.permissions ?? member.permissions },
    authorizing_integration_owners: { '0': guild },
  };
}

/** The same interaction as Discord sends it from a DM: a user instead of a member, no guild. */
function inDm(payload: InteractionPayload): InteractionPayload {
  const { guild_id: _g, guild: _guild, member: _m, guild_locale: _l, ...rest } = payload;
  const dmChannel = '1100000000000000005';
  return {
    ...rest,
    user: FAKE_MEMBER_USER,
    channel_id: dmChannel,
    channel: { id: dmChannel, type: 1, flags: 0, recipients: [FAKE_MEMBER_USER] },
    authorizing_integration_owners: { '0': FAKE_GUILD_ID },
    context: 1,
  };
}

/** `/cyberviews <subcommand> [options]`. */
export function slashCommand(
  ids: Snowflakes,
  subcommand: string,
  options: OptionValue[] = [],
  place: Place = 'guild',
): InteractionPayload {
  const payload = {
    ...base(ids, InteractionType.ApplicationCommand),
    data: {
      id: COMMAND_ID,
      name: 'cyberviews',
      type: 1,
      options: [{ name: subcommand, type: OptionType.Subcommand, options }],
    },
  };
  if (place === 'dm') return inDm(payload);
  return place === 'guild' ? payload : inGuild(payload, place);
}

/** The user typing `typed` into `/cyberviews <subcommand> <option>:`. */
export function autocomplete(
  ids: Snowflakes,
  subcommand: string,
  option: string,
  typed: string,
): InteractionPayload {
  return {
    ...base(ids, InteractionType.Autocomplete),
    data: {
      id: COMMAND_ID,
      name: 'cyberviews',
      type: 1,
      options: [
        {
          name: subcommand,
          type: OptionType.Subcommand,
          options: [{ name: option, type: OptionType.String, value: typed, focused: true }],
        },
      ],
    },
  };
}

/** What a message sent through an interaction callback looks like when Discord hands it back. */
export function messageFromCallback(ids: Snowflakes, data: Record<string, unknown>): Record<string, unknown> {
  return botMessage(data, {
    id: ids.next(),
    channel_id: FAKE_CHANNEL_ID,
    application_id: FAKE_APPLICATION.id,
    webhook_id: FAKE_APPLICATION.id,
  });
}

/** A click on the button `customId` of `message`. */
export function buttonClick(
  ids: Snowflakes,
  customId: string,
  message: Record<string, unknown>,
): InteractionPayload {
  return {
    ...base(ids, InteractionType.MessageComponent),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}

/**
 * A modal submitted: its custom id and the text typed into each input, keyed by the input's custom id.
 * `message`: the message whose button opened the modal (Discord sends it with such a submission).
 */
export function modalSubmit(
  ids: Snowflakes,
  customId: string,
  values: Record<string, string>,
  message?: Record<string, unknown>,
): InteractionPayload {
  return {
    ...base(ids, InteractionType.ModalSubmit),
    ...(message && { message }),
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}

export interface MessageOptions {
  /** The message it replies to (message_reference and referenced_message, as Discord sends a reply). */
  replyTo?: Record<string, unknown>;
  author?: Record<string, unknown>;
  /** Users the message mentions (a reply that pings lists the replied-to author). */
  mentions?: Record<string, unknown>[];
  extra?: Record<string, unknown>;
}

/** MESSAGE_CREATE for a message typed in the fake server's channel. */
export function channelMessage(
  ids: Snowflakes,
  content: string,
  options: MessageOptions = {},
): Record<string, unknown> {
  const reply = options.replyTo;
  return {
    id: ids.next(),
    type: reply ? 19 : 0,
    channel_id: FAKE_CHANNEL_ID,
    guild_id: FAKE_GUILD_ID,
    author: options.author ?? FAKE_MEMBER_USER,
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    content,
    embeds: [],
    components: [],
    attachments: [],
    mentions: options.mentions ?? [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...(reply && {
      message_reference: {
        type: 0,
        message_id: reply.id,
        channel_id: FAKE_CHANNEL_ID,
        guild_id: FAKE_GUILD_ID,
      },
      referenced_message: reply,
    }),
    ...options.extra,
  };
}
