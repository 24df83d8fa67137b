// The fixed identities of the loopback Discord: one application, its bot user, one server, one channel,
// one member; and a deterministic snowflake counter for everything else.

export const FAKE_TOKEN = 'fake-bot-token.for-tests-only';

export const FAKE_APPLICATION = { id: '1100000000000000001', name: 'cyberviews', flags: 0 } as const;

export const FAKE_BOT_USER = {
  id: FAKE_APPLICATION.id,
  username: 'cyberviews',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
} as const;

export const FAKE_GUILD_ID = '1100000000000000002';
export const FAKE_CHANNEL_ID = '1100000000000000003';

export const FAKE_MEMBER_USER = {
  id: '1100000000000000004',
  username: 'reader',
  discriminator: '0',
  global_name: 'A Reader',
  avatar: null,
} as const;

export interface Snowflakes {
  next(): string;
}

/** Increasing snowflakes, the same sequence in every run. */
export function snowflakes(start = 1_200_000_000_000_000_000n): Snowflakes {
  let current = start;
  return {
    next() {
      current += 1n;
      return current.toString();
    },
  };
}

/**
 * A message by the bot as Discord returns it: content, embeds, components and flags taken from `data`,
 * the rest Discord's defaults, then `fields` over them (id, channel, type, webhook…).
 */
export function botMessage(
  data: Record<string, unknown>,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 20,
    channel_id: '0',
    author: FAKE_BOT_USER,
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: data.flags ?? 0,
    ...fields,
  };
}
