// The shapes digests and subscriptions share between the core, the store, the scheduler and the
// adapters' renderers. Plain data only.

import type { SourceKind } from '../types.js';

/** One extracted, cited piece of the article: always the article's own words. */
export interface DigestItem {
  /** One or more whole sentences (or whole paragraphs in a reading digest), verbatim. */
  text: string;
  section: string;
  sectionIndex: number;
  /** Article paragraph number (1-based) the text comes from. */
  paragraph: number;
  /** The page the text starts on. */
  page: number;
  pages: [number, number];
  /** Footnote markers inside the text. */
  notes: number[];
  citation: string;
  sourceKinds: SourceKind[];
}

export type DigestKind = 'article' | 'topic' | 'reading';

export interface Digest {
  kind: DigestKind;
  /** The topic asked for; null for the whole-article and reading digests. */
  topic: string | null;
  /** A heading for the whole digest ("Swaine (2013) section by section", "Reading, part 3 of 24: …"). */
  title: string;
  /** In article order; consecutive items of one section belong under one section heading. */
  items: DigestItem[];
  /** When `items` is empty: what to tell the reader. */
  message?: string;
  /** When `items` is empty: topics the article does cover, worth trying instead. */
  suggestions?: string[];
  /** Reading digests: which part this is, and where the next one starts. */
  part?: { number: number; of: number; nextParagraph: number };
}

/** A question the channel asked since the previous digest, with the passage that answers it best. */
export interface RecapItem {
  question: string;
  askedAt: number;
  /** Undefined when the article had nothing on it. */
  passage?: { excerpt: string; citation: string; section: string; page: number; paragraph: number };
}

/** What the scheduler hands a platform's post port: the digest and the channel's recap. */
export interface ScheduledPost {
  digest: Digest;
  recap: RecapItem[];
  /** How many questions the recap left out (it shows the most recent few). */
  recapOmitted: number;
  /** 👍 and 👎 given on answers in the channel since the previous digest, when there were any. */
  votes?: { helpful: number; unhelpful: number };
  /** The slot this post is for (ms since the epoch). */
  slot: number;
}

export type Platform = 'slack' | 'discord';

export type Cadence = 'daily' | 'weekly' | 'cron';

/** What a subscribe command asks for, wherever it was said: cadence, time, weekday, cron, zone, topic. */
export interface SubscriptionRequest {
  cadence: Cadence;
  time: string | null;
  weekday: number | null;
  cron: string;
  zone: string;
  topic: string | null;
}

/** A channel's subscription as users see it in `/cyberviews subscriptions`. */
export interface SubscriptionView {
  cadence: Cadence;
  /** "daily at 09:00 UTC", "weekly on Monday at 08:30 Europe/Berlin", "cron 0 9 * * 1-5 (UTC)". */
  schedule: string;
  topic: string | null;
  paused: boolean;
  pausedReason: string | null;
  /** Next post time (ms since the epoch), when active. */
  next: number | null;
}
