// Commands that belong to a channel: subscribe, unsubscribe, subscriptions, and the question log that
// feeds recaps. Adapters say where a command came from (platform, channel, whether an administrator
// sent it); everything else about subscriptions is decided here, once for Slack and Discord alike.

import { parseCommand } from '../commands/parse.js';
import type { Command, CommandResult, Cyberviews } from '../commands/types.js';
import { DIGESTS_UNAVAILABLE } from '../cyberviews.js';
import { arg, command, type Message, message } from '../present/message.js';
import type { Store, SubscriptionRecord } from '../store/store.js';
import { describeSchedule, nextRun, parseSubscription, SUBSCRIBE_DAILY } from './subscribe.js';
import type { Platform, SubscriptionView } from './types.js';

/** Where a command was said. How an adapter knows `admin`: Slack workspace admins and owners
 * (users.info), Discord members with the Manage Server permission. */
export interface Where {
  platform: Platform;
  channel: string;
  admin: boolean;
  /**
   * The Slack workspace (its installation key: the enterprise id of an org-wide install, else the team id)
   * or Discord guild the channel belongs to; absent in a DM or the console.
   */
  workspace?: string | null;
}

export interface ChannelDigests {
  /** False when subscriptions cannot work (no database); commands then say so. */
  readonly available: boolean;
  subscribe(args: string, where: Where): Promise<CommandResult>;
  unsubscribe(where: Where): Promise<CommandResult>;
  subscriptions(where: Where): Promise<CommandResult>;
  /** Notes a question asked in a channel (text and time only, never who asked). */
  logQuestion(question: string, where: Where): void;
}

export interface ChannelDigestsOptions {
  store: Store;
  now: () => number;
  /** DIGEST_TZ: the zone of subscriptions that name none. */
  zone: string;
  /** Called after a subscription changes, so the scheduler can re-plan its next wake-up. */
  onChange?: () => void;
  onError?: (message: string, error: unknown) => void;
}

/** What a change the database could not save is told (subscriptions, Discord's server settings). */
export const STORE_UNREACHABLE: Message = message`Sorry, I could not reach my database just now, so nothing changed. Try again in a moment; questions and ${command('digest')} still work.`;

export function toView(record: SubscriptionRecord, now: number): SubscriptionView {
  const paused = record.pausedAt !== null;
  return {
    cadence: record.cadence,
    schedule: describeSchedule(record),
    topic: record.topic,
    paused,
    pausedReason: record.pausedReason,
    next: paused ? null : nextRun(record.cron, record.zone, Math.max(now, record.lastSlotAt ?? 0)),
  };
}

/** Channel commands backed by the store. */
export function createChannelDigests(options: ChannelDigestsOptions): ChannelDigests {
  const { store, now } = options;
  const guard = async (action: () => Promise<CommandResult>): Promise<CommandResult> => {
    try {
      return await action();
    } catch (error) {
      options.onError?.('digest store failed', error);
      return { kind: 'error', message: STORE_UNREACHABLE };
    }
  };
  const list = async (where: Where, text: Message | string): Promise<CommandResult> => {
    const record = await store.subscriptionFor(where.platform, where.channel);
    const message = typeof text === 'string' ? [text] : text;
    return { kind: 'subscriptions', message, subscriptions: record ? [toView(record, now())] : [] };
  };
  return {
    available: true,
    subscribe: (args, where) =>
      guard(async () => {
        const parsed = parseSubscription(args, { admin: where.admin, defaultZone: options.zone });
        if (!parsed.ok) return { kind: 'error', message: parsed.message };
        const { request } = parsed;
        const replaced = (await store.subscriptionFor(where.platform, where.channel)) !== undefined;
        await store.subscribe(
          {
            platform: where.platform,
            channel: where.channel,
            workspace: where.workspace ?? null,
            ...request,
          },
          now(),
        );
        options.onChange?.();
        const what =
          request.topic === null ? 'the next part of the article' : `the digest on “${request.topic}”`;
        return list(
          where,
          message`${replaced ? 'Updated' : 'Subscribed'}: this channel gets ${what} ${describeSchedule(request)}, with a recap of the questions asked here since the previous digest. ${command('unsubscribe')} stops it.`,
        );
      }),
    unsubscribe: (where) =>
      guard(async () => {
        const removed = await store.unsubscribe(where.platform, where.channel);
        options.onChange?.();
        return {
          kind: 'subscriptions',
          message: removed
            ? ['Unsubscribed: this channel gets no more scheduled digests.']
            : message`This channel has no subscription. Start one with ${command('subscribe', arg('cadence', 'daily'))}.`,
          subscriptions: [],
        };
      }),
    subscriptions: (where) =>
      guard(async () => {
        const record = await store.subscriptionFor(where.platform, where.channel);
        return list(
          where,
          record === undefined
            ? message`This channel has no subscription. Start one with ${SUBSCRIBE_DAILY}.`
            : record.pausedAt !== null
              ? 'This channel’s subscription is paused. Subscribe again to resume it.'
              : 'This channel’s subscription:',
        );
      }),
    logQuestion: (question, where) => {
      try {
        store.logQuestion({
          platform: where.platform,
          channel: where.channel,
          workspace: where.workspace ?? null,
          question,
          askedAt: now(),
        });
      } catch (error) {
        // Losing one recap line is better than failing the answer the user is waiting for.
        options.onError?.('could not log a question', error);
      }
    },
  };
}

/** Channel commands when there is no database: each says digests are unavailable, and why. */
export function unavailableDigests(reason: Message | string = DIGESTS_UNAVAILABLE): ChannelDigests {
  const message = typeof reason === 'string' ? [reason] : reason;
  const unavailable = async (): Promise<CommandResult> => ({ kind: 'unavailable', message });
  return {
    available: false,
    subscribe: unavailable,
    unsubscribe: unavailable,
    subscriptions: unavailable,
    logQuestion: () => {},
  };
}

/**
 * Runs a `/cyberviews` line said in a channel: subscription commands go to `digests`, everything else to
 * the core; an answered question is logged for the channel's next recap.
 */
export function executeInChannel(
  core: Cyberviews,
  digests: ChannelDigests,
  text: string,
  where: Where,
): Promise<CommandResult> {
  return runInChannel(core, digests, parseCommand(text), where);
}

/** `executeInChannel` for a line the adapter has already parsed (it parses once, for limits and logs too). */
export async function runInChannel(
  core: Cyberviews,
  digests: ChannelDigests,
  command: Command,
  where: Where,
): Promise<CommandResult> {
  switch (command.kind) {
    case 'subscribe':
      return digests.subscribe(command.args, where);
    case 'unsubscribe':
      return digests.unsubscribe(where);
    case 'subscriptions':
      return digests.subscriptions(where);
    default: {
      const result = core.run(command);
      if (command.kind === 'ask' && result.kind === 'answer' && result.answer.answered) {
        digests.logQuestion(command.question, where);
      }
      return result;
    }
  }
}
