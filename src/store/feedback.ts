// Votes on answers (👍/👎), behind an asynchronous interface so another database can implement it;
// this implementation shares the store's better-sqlite3 handle (table `feedback`, migration 3).

import type Database from 'better-sqlite3';
import type { StoredVote, Vote } from '../feedback/vote.js';

export interface FeedbackStore {
  /** Records a vote; resolves to its id (what a 👎's reason form refers to). */
  record(vote: Vote): Promise<number>;
  /** Adds the optional reason to a 👎; false when there is no such 👎 (pruned, or a 👍). */
  addReason(id: number, reason: string): Promise<boolean>;
  /** Votes given at or after `since`, oldest first. */
  votesSince(since: number): Promise<StoredVote[]>;
  /** 👍 and 👎 given in a channel in (since, until], for its digest's recap. */
  countBetween(
    where: Pick<Vote, 'platform' | 'channel'>,
    since: number,
    until: number,
  ): Promise<{ helpful: number; unhelpful: number }>;
  /** Deletes votes given before `before` (the question log's retention); resolves to how many went. */
  prune(before: number): Promise<number>;
}

interface VoteRow {
  id: number;
  platform: Vote['platform'];
  workspace: string;
  channel: string;
  question: string;
  passages: string;
  helpful: number;
  reason: string | null;
  voted_at: number;
}

const toVote = (row: VoteRow): StoredVote => ({
  id: row.id,
  platform: row.platform,
  workspace: row.workspace,
  channel: row.channel,
  question: row.question,
  passages: row.passages === '' ? [] : row.passages.split(','),
  helpful: row.helpful === 1,
  reason: row.reason,
  votedAt: row.voted_at,
});

export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Database.Database) {}

  async record(vote: Vote): Promise<number> {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO feedback (platform, workspace, channel, question, passages, helpful, voted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        vote.platform,
        vote.workspace,
        vote.channel,
        vote.question,
        vote.passages.join(','),
        vote.helpful ? 1 : 0,
        vote.votedAt,
      );
    return Number(lastInsertRowid);
  }

  async addReason(id: number, reason: string): Promise<boolean> {
    return (
      this.db.prepare('UPDATE feedback SET reason = ? WHERE id = ? AND helpful = 0').run(reason, id).changes >
      0
    );
  }

  async votesSince(since: number): Promise<StoredVote[]> {
    return (
      this.db
        .prepare('SELECT * FROM feedback WHERE voted_at >= ? ORDER BY voted_at, id')
        .all(since) as VoteRow[]
    ).map(toVote);
  }

  async countBetween(
    where: Pick<Vote, 'platform' | 'channel'>,
    since: number,
    until: number,
  ): Promise<{ helpful: number; unhelpful: number }> {
    const row = this.db
      .prepare(
        `SELECT COALESCE(SUM(helpful), 0) AS helpful, COUNT(*) - COALESCE(SUM(helpful), 0) AS unhelpful
         FROM feedback WHERE platform = ? AND channel = ? AND voted_at > ? AND voted_at <= ?`,
      )
      .get(where.platform, where.channel, since, until) as { helpful: number; unhelpful: number };
    return { helpful: row.helpful, unhelpful: row.unhelpful };
  }

  async prune(before: number): Promise<number> {
    return this.db.prepare('DELETE FROM feedback WHERE voted_at < ?').run(before).changes;
  }
}
