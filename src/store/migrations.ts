// The database schema as an ordered list of migrations. The database's `user_version` records how
// many have run; each runs once, in its own transaction. Append new ones; never edit a released one.

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
    description: 'Slack installations (OAuth mode), their tokens sealed; the workspace of each subscription',
    sql: `
      CREATE TABLE slack_installations (
        workspace TEXT PRIMARY KEY,          -- enterprise id of an org-wide install, else team id
        team_id TEXT,
        enterprise_id TEXT,
        enterprise_install INTEGER NOT NULL CHECK (enterprise_install IN (0, 1)),
        sealed TEXT NOT NULL,                -- the installation as JSON, AES-256-GCM (token-cipher.ts)
        installed_at INTEGER NOT NULL
      );
      ALTER TABLE subscriptions ADD COLUMN workspace TEXT;  -- Slack team id, when known
    `,
  },
];
