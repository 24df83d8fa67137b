// The store's contract: what the bot keeps (subscriptions, slot claims, reading progress, the question
// log, server settings) behind one asynchronous interface, implemented once over SQL (`sql-store.ts`)
// and driven by SQLite (embedded default) or Postgres (several instances on one database).

import type { Platform, SubscriptionRequest } from '../digest/types.js';
import type { FeedbackStore } from './feedback.js';
import type { Installations } from './installations.js';
import type { ThreadStore } from './threads.js';

/** A subscription request, the channel it is for, and the workspace or server that channel belongs to. */
export interface SubscriptionSpec extends SubscriptionRequest {
  platform: Platform;
  channel: string;
  /**
   * The Slack workspace's installation key (the enterprise id of an org-wide install, else the team id;
   * in OAuth mode its token posts the digests) or the Discord guild id; null where none is known.
   */
  workspace?: string | null;
}

export interface SubscriptionRecord extends SubscriptionSpec {
  id: number;
  workspace: string | null;
  createdAt: number;
  pausedAt: number | null;
  pausedReason: string | null;
  /** The latest slot posted, and when it went out (recaps start there); null before the first post. */
  lastSlotAt: number | null;
  lastPostedAt: number | null;
  /** The latest slot claimed and not (yet) posted, and until when its lease holds; null when none. */
  pending: { slotAt: number; leaseUntil: number } | null;
}

export interface LoggedQuestion {
  question: string;
  askedAt: number;
}

/** One line of the question log: a question asked in a channel, and when. Never who asked. */
export interface QuestionLine {
  platform: string;
  channel: string;
  /** The channel's workspace or server, when known. */
  workspace?: string | null;
  question: string;
  askedAt: number;
}

/** What a server's admins chose for the whole server. */
export interface ServerSettings {
  /** Answers only the asker sees, instead of posted in the channel. */
  privateAnswers: boolean;
}

export interface ServerSettingsRecord extends ServerSettings {
  updatedAt: number;
}

/** A request to claim one schedule slot of a subscription for `owner` until `leaseUntil`. */
export interface SlotClaimRequest {
  subscriptionId: number;
  slotAt: number;
  /** Who claims: one id per running instance. */
  owner: string;
  now: number;
  leaseUntil: number;
}

/** A won claim. `attempt` counts the claims of this slot so far (1: nobody tried it before). */
export interface SlotClaim {
  subscriptionId: number;
  slotAt: number;
  owner: string;
  attempt: number;
}

/** Where a channel's reading digest goes on after a post. */
export interface ReadingAdvance {
  platform: Platform;
  channel: string;
  workspace: string | null;
  nextParagraph: number;
}

export interface Store {
  /** Which database drives it. */
  readonly kind: 'sqlite' | 'postgres';
  /** Votes on answers (👍/👎), on the same database. */
  readonly feedback: FeedbackStore;
  /** The threads the bot answered in and what it showed there (follow-ups), on the same database. */
  readonly threads: ThreadStore;
  /** Slack installations (OAuth mode), sealed, on the same database: shared by every instance. */
  readonly installations: Installations;
  /** The number of migrations applied. */
  schemaVersion(): Promise<number>;
  /** Subscribes a channel, replacing its previous subscription (and so resuming a paused one). */
  subscribe(spec: SubscriptionSpec, now: number): Promise<SubscriptionRecord>;
  /** Removes the channel's subscription; false when it had none. */
  unsubscribe(platform: Platform, channel: string): Promise<boolean>;
  subscriptionFor(platform: Platform, channel: string): Promise<SubscriptionRecord | undefined>;
  subscriptionById(id: number): Promise<SubscriptionRecord | undefined>;
  /** Every subscription, paused ones included, oldest first. */
  subscriptions(): Promise<SubscriptionRecord[]>;
  pause(id: number, reason: string, now: number): Promise<void>;
  /**
   * Pauses every active subscription of a workspace (it uninstalled the app); resolves to how many.
   * Already paused ones keep their reason, so a repeated uninstall event changes nothing.
   */
  pauseWorkspace(platform: Platform, workspace: string, reason: string, now: number): Promise<number>;
  /**
   * Claims a slot with one atomic statement: it wins when nobody claimed the slot yet, or the last claim's
   * lease has expired and the slot was never posted, and the subscription is active. Undefined when it
   * lost: of any number of concurrent claims of one slot, exactly one wins.
   */
  claimSlot(request: SlotClaimRequest): Promise<SlotClaim | undefined>;
  /** Extends a lease still held by `claim.owner` (a post taking long); false when it is no longer held. */
  renewLease(claim: SlotClaim, leaseUntil: number): Promise<boolean>;
  /** Gives a claimed slot back after a failed post: anyone may claim it again from `retryAt`. */
  releaseSlot(claim: SlotClaim, retryAt: number): Promise<void>;
  /** Records that the slot's post went out (and, for a reading digest, where the channel goes on). */
  completeSlot(claim: SlotClaim, postedAt: number, reading?: ReadingAdvance): Promise<void>;
  /** The paragraph a channel's reading digest continues from (1 when it has not started). */
  readingPosition(platform: Platform, channel: string): Promise<number>;
  setReadingPosition(advance: ReadingAdvance, now: number): Promise<void>;
  /**
   * Records a question asked in a channel: its text and time, never who asked. Queued, and written with the
   * others in one transaction within the question log's delay, before this store reads the log, or on close.
   */
  logQuestion(line: QuestionLine): void;
  /** Writes the queued question log now; returns how many lines were written (failures go to onError). */
  flushQuestions(): Promise<number>;
  /** Questions asked in a channel in (since, until], oldest first. */
  questionsBetween(
    platform: Platform,
    channel: string,
    since: number,
    until: number,
  ): Promise<LoggedQuestion[]>;
  /** Deletes questions asked before `before`; returns how many went. */
  pruneQuestions(before: number): Promise<number>;
  /** A server's settings; undefined when its admins never chose any (the deployment's defaults apply). */
  serverSettings(platform: Platform, server: string): Promise<ServerSettingsRecord | undefined>;
  setServerSettings(
    platform: Platform,
    server: string,
    settings: ServerSettings,
    now: number,
  ): Promise<ServerSettingsRecord>;
  /** True when the database answers a trivial query (for a health check); never throws. */
  ping(): Promise<boolean>;
  /** Writes the queued question log, then closes the database. */
  close(): Promise<void>;
}
