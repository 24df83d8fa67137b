// Starts the loopback Discord, the real core and the real discord.js bot against it, and stops all three.

import { type APIEmbed, type APIMessageComponentEmoji, ComponentType } from 'discord.js';
import { createDiscordBot, type DiscordBot, type DiscordSettings } from '../../adapters/discord/index.js';
import type { Logger } from '../../src/index.js';
import { type Cyberviews, createCyberviews } from '../../src/index.js';
import {
  FAKE_APPLICATION,
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionCallback,
  startFakeDiscord,
} from '../fakes/discord/index.js';

export interface Harness {
  discord: FakeDiscord;
  bot: DiscordBot;
  core: Cyberviews;
  logged: { level: string; message: string; context?: Record<string, unknown> }[];
  stop(): Promise<void>;
}

let sharedCore: ReturnType<typeof createCyberviews> | undefined;

/** One core per test file: building the index is the slow part. It has the article, for the scheduler. */
export function core(): ReturnType<typeof createCyberviews> {
  sharedCore ??= createCyberviews();
  return sharedCore;
}

export async function startHarness(
  settings: Partial<
    Pick<
      DiscordSettings,
      'ephemeralByDefault' | 'serverSettings' | 'feedback' | 'now' | 'rateLimiter' | 'digests' | 'accessLog'
    >
  > = {},
  fakeOptions: FakeDiscordOptions = {},
  cv: Cyberviews = core(),
): Promise<Harness> {
  const discord = await startFakeDiscord(fakeOptions);
  const logged: Harness['logged'] = [];
  const logger: Logger = {
    info: (message, context) => logged.push({ level: 'info', message, ...(context ? { context } : {}) }),
    warn: (message, context) => logged.push({ level: 'warn', message, ...(context ? { context } : {}) }),
    error: (message, context) => logged.push({ level: 'error', message, ...(context ? { context } : {}) }),
  };
  const bot = createDiscordBot(cv, {
    token: discord.token,
    applicationId: FAKE_APPLICATION.id,
    apiUrl: discord.apiUrl,
    logger,
    ...settings,
  });
  try {
    await bot.start();
  } catch (error) {
    await bot.stop();
    await discord.close();
    throw error;
  }
  return {
    discord,
    bot,
    core: cv,
    logged,
    async stop() {
      await bot.stop();
      await discord.close();
    },
  };
}

const EPHEMERAL = 64;

/** Whether only the person who acted sees the reply (message flag 64). */
export const isEphemeral = (callback: InteractionCallback): boolean =>
  ((callback.data.flags ?? 0) & EPHEMERAL) === EPHEMERAL;

/** A button as a test reads it: what it does (a custom id or a link), its label and its emoji. */
export interface ButtonSeen {
  custom_id?: string;
  url?: string;
  label?: string;
  emoji?: APIMessageComponentEmoji;
}

/** The buttons of a reply, row by row flattened (Discord's premium SKU buttons have none of the above). */
export const buttons = (callback: InteractionCallback): ButtonSeen[] =>
  (callback.data.components ?? [])
    .flatMap((row) => row.components)
    .flatMap((component) =>
      component.type === ComponentType.Button && ('custom_id' in component || 'url' in component)
        ? [component]
        : [],
    );

/** The reply's first embed (empty when it has none). */
export const embed = (callback: InteractionCallback, index = 0): APIEmbed =>
  callback.data.embeds?.[index] ?? {};

/** All the text of a reply's embeds, for "the user can read X" assertions. */
export const text = (callback: InteractionCallback): string => JSON.stringify(callback.data.embeds ?? []);
