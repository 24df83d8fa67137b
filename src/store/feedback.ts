// Votes on answers (👍/👎), written once over the store's `SqlClient` (table `feedback`), so SQLite and
// Postgres keep them alike and every instance on one Postgres sees every vote.

import type { StoredVote, Vote } from '../feedback/vote.js';
import { type SqlClient, toNumber } from './sql.js';

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
  id: unknown;
  platform: Vote['platform'];
  workspace: string;
  channel: string;
  question: string;
  passages: string;
  helpful: unknown;
  reason: string | null;
  voted_at: unknown;
}

const toVote = (row: VoteRow): StoredVote => ({
  id: toNumber(row.id),
  platform: row.platform,
  workspace: row.workspace,
  channel: row.channel,
  question: row.question,
  passages: row.passages === '' ? [] : row.passages.split(','),
  helpful: toNumber(row.helpful) === 1,
  reason: row.reason,
  votedAt: toNumber(row.voted_at),
});

export class SqlFeedbackStore implements FeedbackStore {
  constructor(private readonly sql: SqlClient) {}

  async record(vote: Vote): Promise<number> {
    const { rows } = await this.sql.query<{ id: unknown }>(
      `INSERT INTO feedback (platform, workspace, channel, question, passages, helpful, voted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        vote.platform,
        vote.workspace,
        vote.channel,
        vote.question,
        vote.passages.join(','),
        vote.helpful ? 1 : 0,
        vote.votedAt,
      ],
    );
    return toNumber(rows[0]?.id);
  }

  async addReason(id: number, reason: string): Promise<boolean> {
    const result = await this.sql.query('UPDATE feedback SET reason = $1 WHERE id = $2 AND helpful = 0', [
      reason,
      id,
    ]);
    return result.rowCount > 0;
  }

  async votesSince(since: number): Promise<StoredVote[]> {
    const { rows } = await this.sql.query<VoteRow>(
      `SELECT id, platform, workspace, channel, question, passages, helpful, reason, voted_at
       FROM feedback WHERE voted_at >= $1 ORDER BY voted_at, id`,
      [since],
    );
    return rows.map(toVote);
  }

  async countBetween(
    where: Pick<Vote, 'platform' | 'channel'>,
    since: number,
    until: number,
  ): Promise<{ helpful: number; unhelpful: number }> {
    const { rows } = await this.sql.query<{ helpful: unknown; votes: unknown }>(
      `SELECT COALESCE(SUM(helpful), 0) AS helpful, COUNT(*) AS votes
       FROM feedback WHERE platform = $1 AND channel = $2 AND voted_at > $3 AND voted_at <= $4`,
      [where.platform, where.channel, since, until],
    );
    const helpful = toNumber(rows[0]?.helpful ?? 0);
    return { helpful, unhelpful: toNumber(rows[0]?.votes ?? 0) - helpful };
  }

  async prune(before: number): Promise<number> {
    return (await this.sql.query('DELETE FROM feedback WHERE voted_at < $1', [before])).rowCount;
  }
}
