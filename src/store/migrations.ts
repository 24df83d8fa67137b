// The database schema as ordered lists of migrations, one per dialect. SQLite's `user_version` records
// how many have run; Postgres keeps a `schema_migrations` table. Each runs once, in its own transaction.
// Append new ones; never edit a released one. Both dialects end at the same tables and columns, so the
// store's queries are written once: times are milliseconds since the epoch (BIGINT on Postgres), flags 0/1.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, last runs, reading progress, question log',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        channel TEXT NOT NULL,
        cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly', 'cron')),
        time TEXT,                 -- HH:MM for daily and weekly
        weekday INTEGER,           -- 0 (Sunday) to 6 for weekly
        cron TEXT NOT NULL,        -- the pattern the scheduler runs, derived for daily and weekly
        zone TEXT NOT NULL,        -- IANA time zone
        topic TEXT,                -- null: the reading digest
        created_at INTEGER NOT NULL,
        paused_at INTEGER,
        paused_reason TEXT,
        UNIQUE (platform, channel)
      );
      CREATE TABLE runs (
        subscription_id INTEGER PRIMARY KEY REFERENCES subscriptions (id) ON DELETE CASCADE,
        last_slot_at INTEGER NOT NULL,   -- the schedule slot last claimed
        last_posted_at INTEGER NOT NULL  -- when that post went out (recaps start here)
      );
      CREATE TABLE reading_progress (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        next_paragraph INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, channel)
      );
      CREATE TABLE question_log (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        asked_at INTEGER NOT NULL
      );
      CREATE INDEX question_log_channel ON question_log (platform, channel, asked_at);
      CREATE INDEX question_log_age ON question_log (asked_at);
    `,
  },
  {
    version: 2,
    description: 'server settings chosen by server admins (private answers)',
    sql: `
      CREATE TABLE server_settings (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        server TEXT NOT NULL,      -- a Discord guild id (a Slack team id, should Slack gain settings)
        private_answers INTEGER NOT NULL CHECK (private_answers IN (0, 1)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, server)
      );
    `,
  },
  {
    version: 3,
    description:
      'digest slots claimed with a lease (several instances on one database); the workspace or server each row belongs to',
    sql: `
      CREATE TABLE digest_slots (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot_at INTEGER NOT NULL,        -- the schedule slot (ms since the epoch)
        lease_owner TEXT NOT NULL,       -- the instance that claimed it last
        lease_until INTEGER NOT NULL,    -- nobody else may claim it before this time
        attempts INTEGER NOT NULL,       -- claims so far
        claimed_at INTEGER NOT NULL,
        posted_at INTEGER,               -- written after the platform accepted the post
        PRIMARY KEY (subscription_id, slot_at)
      );
      INSERT INTO digest_slots (subscription_id, slot_at, lease_owner, lease_until, attempts, claimed_at, posted_at)
        SELECT subscription_id, last_slot_at, 'migration 3', last_posted_at, 1, last_posted_at, last_posted_at
        FROM runs;
      DROP TABLE runs;
      ALTER TABLE subscriptions ADD COLUMN workspace TEXT;      -- Slack installation key, Discord guild id
      ALTER TABLE reading_progress ADD COLUMN workspace TEXT;
      ALTER TABLE question_log ADD COLUMN workspace TEXT;
    `,
  },
  {
    version: 4,
    description:
      '👍/👎 on answers: question, passages shown, vote, time and an optional reason; never who voted',
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        workspace TEXT NOT NULL,   -- the Slack team id or Discord guild id ('' in a DM)
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        passages TEXT NOT NULL,    -- the ids shown, comma-separated, in order ("p16,p17")
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        reason TEXT,               -- the optional line given with a 👎
        voted_at INTEGER NOT NULL
      );
      CREATE INDEX feedback_age ON feedback (voted_at);
      CREATE INDEX feedback_channel ON feedback (platform, channel, voted_at);
    `,
  },
  {
    version: 5,
    description: 'threads the bot answered in, and what it showed last there (for follow-ups)',
    sql: `
      CREATE TABLE threads (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        workspace TEXT NOT NULL,   -- the Slack team id or Discord guild id
        channel TEXT NOT NULL,
        thread TEXT NOT NULL,      -- Slack: the thread's ts; Discord: the id of the bot's answer message
        shown TEXT NOT NULL,       -- JSON: the question, the page offset, the passage ids, the next offset
        answered_at INTEGER NOT NULL,
        PRIMARY KEY (platform, workspace, channel, thread)
      );
      CREATE INDEX threads_age ON threads (answered_at);
    `,
  },
  {
    version: 6,
    description: 'Slack installations (OAuth mode), their tokens sealed',
    sql: `
      CREATE TABLE slack_installations (
        workspace TEXT PRIMARY KEY,          -- enterprise id of an org-wide install, else team id
        team_id TEXT,
        enterprise_id TEXT,
        enterprise_install INTEGER NOT NULL CHECK (enterprise_install IN (0, 1)),
        sealed TEXT NOT NULL,                -- the installation as JSON, AES-256-GCM (token-cipher.ts)
        installed_at INTEGER NOT NULL
      );
      CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace);
    `,
  },
];

/**
 * Postgres starts at the schema SQLite reached with its migration 3 (there were no Postgres databases
 * before it); its later migrations follow SQLite's from 4 on, one for one (Postgres n = SQLite n + 2).
 * `server_settings.server` is the workspace or server the settings belong to.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, digest slots, reading progress, question log, server settings',
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        channel TEXT NOT NULL,
        cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly', 'cron')),
        time TEXT,
        weekday INTEGER,
        cron TEXT NOT NULL,
        zone TEXT NOT NULL,
        topic TEXT,
        created_at BIGINT NOT NULL,
        paused_at BIGINT,
        paused_reason TEXT,
        workspace TEXT,
        UNIQUE (platform, channel)
      );
      CREATE TABLE digest_slots (
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        slot_at BIGINT NOT NULL,
        lease_owner TEXT NOT NULL,
        lease_until BIGINT NOT NULL,
        attempts INTEGER NOT NULL,
        claimed_at BIGINT NOT NULL,
        posted_at BIGINT,
        PRIMARY KEY (subscription_id, slot_at)
      );
      CREATE TABLE reading_progress (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        next_paragraph INTEGER NOT NULL,
        updated_at BIGINT NOT NULL,
        workspace TEXT,
        PRIMARY KEY (platform, channel)
      );
      CREATE TABLE question_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        asked_at BIGINT NOT NULL,
        workspace TEXT
      );
      CREATE INDEX question_log_channel ON question_log (platform, channel, asked_at);
      CREATE INDEX question_log_age ON question_log (asked_at);
      CREATE TABLE server_settings (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        server TEXT NOT NULL,
        private_answers INTEGER NOT NULL CHECK (private_answers IN (0, 1)),
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (platform, server)
      );
    `,
  },
  {
    version: 2,
    description:
      '👍/👎 on answers: question, passages shown, vote, time and an optional reason; never who voted (SQLite 4)',
    sql: `
      CREATE TABLE feedback (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        question TEXT NOT NULL,
        passages TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        reason TEXT,
        voted_at BIGINT NOT NULL
      );
      CREATE INDEX feedback_age ON feedback (voted_at);
      CREATE INDEX feedback_channel ON feedback (platform, channel, voted_at);
    `,
  },
  {
    version: 3,
    description: 'threads the bot answered in, and what it showed last there (for follow-ups) (SQLite 5)',
    sql: `
      CREATE TABLE threads (
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        thread TEXT NOT NULL,
        shown TEXT NOT NULL,
        answered_at BIGINT NOT NULL,
        PRIMARY KEY (platform, workspace, channel, thread)
      );
      CREATE INDEX threads_age ON threads (answered_at);
    `,
  },
  {
    version: 4,
    description: 'Slack installations (OAuth mode), their tokens sealed (SQLite 6)',
    sql: `
      CREATE TABLE slack_installations (
        workspace TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        enterprise_install INTEGER NOT NULL CHECK (enterprise_install IN (0, 1)),
        sealed TEXT NOT NULL,
        installed_at BIGINT NOT NULL
      );
      CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace);
    `,
  },
];
