import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../adapters/config.js';
import { ConfigError } from '../../src/config.js';

const SLACK = {
  SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
  SLACK_BOT_TOKEN: 'xoxb-1234-5678-abcdefABCDEF',
};
const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig: rate limits and log level', () => {
  it('defaults to 10 commands per user and 30 per channel a minute, logging at info', () => {
    const config = loadConfig({});
    expect(config.rateLimits).toEqual({
      perUser: { limit: 10, windowMs: 60_000 },
      perChannel: { limit: 30, windowMs: 60_000 },
    });
    expect(config.logLevel).toBe('info');
  });

  it('reads RATE_LIMIT_USER, RATE_LIMIT_CHANNEL and RATE_LIMIT_WINDOW_SECONDS, 0 turning a scope off', () => {
    const config = loadConfig({
      RATE_LIMIT_USER: '0',
      RATE_LIMIT_CHANNEL: '100',
      RATE_LIMIT_WINDOW_SECONDS: '10',
    });
    expect(config.rateLimits).toEqual({
      perUser: { limit: 0, windowMs: 10_000 },
      perChannel: { limit: 100, windowMs: 10_000 },
    });
  });

  it('gives one message per malformed variable', () => {
    expect(
      problems({
        RATE_LIMIT_USER: 'ten',
        RATE_LIMIT_CHANNEL: '-1',
        RATE_LIMIT_WINDOW_SECONDS: '0',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'RATE_LIMIT_WINDOW_SECONDS must be at least 1.',
      'RATE_LIMIT_USER must be a whole number from 0 to 10000.',
      'RATE_LIMIT_CHANNEL must be a whole number from 0 to 10000.',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    ]);
  });

  it('accepts LOG_LEVEL in any case', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
  });
});

describe('loadConfig: credential shapes', () => {
  it('accepts well-formed Slack and Discord credentials', () => {
    const config = loadConfig({ ...SLACK, DISCORD_TOKEN });
    expect(config.slack?.botToken).toBe(SLACK.SLACK_BOT_TOKEN);
    expect(config.discord?.token).toBe(DISCORD_TOKEN);
  });

  it('refuses a Discord token pasted with its "Bot " prefix', () => {
    expect(problems({ DISCORD_TOKEN: `Bot ${DISCORD_TOKEN}` })).toEqual([
      'DISCORD_TOKEN must be the token alone, without the "Bot " prefix.',
    ]);
  });

  it('refuses a Slack token given as the Discord token', () => {
    expect(problems({ DISCORD_TOKEN: 'xoxb-1234-5678-abcdef' })[0]).toMatch(/looks like a Slack token/);
  });

  it('refuses a Discord token that is not dot-separated letters and digits', () => {
    expect(problems({ DISCORD_TOKEN: 'hunter2' })[0]).toMatch(/does not look like a bot token/);
    expect(problems({ DISCORD_TOKEN: `"${DISCORD_TOKEN}"` })[0]).toMatch(/does not look like a bot token/);
  });

  it('refuses a signing secret that is not the hexadecimal Signing Secret', () => {
    expect(problems({ ...SLACK, SLACK_SIGNING_SECRET: 'xoxb-oops-this-is-a-token' })).toEqual([
      'SLACK_SIGNING_SECRET must be the 32-character hexadecimal Signing Secret (Slack app → Basic Information), not a token.',
    ]);
  });

  it('refuses bot and app tokens of the wrong kind, one message each', () => {
    expect(
      problems({ ...SLACK, SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xoxb-not-an-app-token' }),
    ).toEqual([
      'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (letters, digits and dashes).',
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-".',
    ]);
  });

  it('never quotes a secret in its messages, however malformed', () => {
    const env = {
      SLACK_SIGNING_SECRET: 'not-hex-secret-value-zz',
      SLACK_BOT_TOKEN: 'xoxp-secret-user-token-123',
      SLACK_APP_TOKEN: 'xoxa-secret-app-token-456',
      DISCORD_TOKEN: 'Bot secret.discord.token-789',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Configuration problems');
    for (const secret of Object.values(env)) expect(message).not.toContain(secret);
    expect(message).not.toMatch(/secret-|token-\d/);
  });
});

describe('loadConfig: API base URLs', () => {
  it('names each platform’s own API as the example', () => {
    expect(problems({ ...SLACK, SLACK_API_URL: 'ftp://x' })).toEqual([
      'SLACK_API_URL must be an http(s) URL, e.g. https://slack.com/api/',
    ]);
    expect(problems({ DISCORD_TOKEN, DISCORD_API_URL: 'not a url' })).toEqual([
      'DISCORD_API_URL must be an http(s) URL, e.g. https://discord.com/api',
    ]);
  });
});

describe('loadConfig: Discord over HTTP', () => {
  const PUBLIC_KEY = 'a'.repeat(64);

  it('without DISCORD_PUBLIC_KEY, Discord runs on the gateway', () => {
    expect(loadConfig({ DISCORD_TOKEN }).discord?.interactions).toBeUndefined();
  });

  it('with DISCORD_PUBLIC_KEY, interactions come over HTTP on PORT (3000 by default)', () => {
    expect(loadConfig({ DISCORD_TOKEN, DISCORD_PUBLIC_KEY: PUBLIC_KEY }).discord?.interactions).toEqual({
      publicKey: PUBLIC_KEY,
      port: 3000,
    });
    expect(
      loadConfig({ DISCORD_TOKEN, DISCORD_PUBLIC_KEY: PUBLIC_KEY, PORT: '8080' }).discord?.interactions?.port,
    ).toBe(8080);
  });

  it('refuses a public key that is not 64 hexadecimal digits, saying where to find it', () => {
    expect(problems({ DISCORD_TOKEN, DISCORD_PUBLIC_KEY: 'not-a-key' })).toEqual([
      'DISCORD_PUBLIC_KEY must be the 64-character hexadecimal Public Key (Developer Portal → your application → General Information).',
    ]);
  });

  it('asks for the bot token, which digests need, when only the public key is set', () => {
    expect(problems({ DISCORD_PUBLIC_KEY: PUBLIC_KEY })).toEqual([
      'DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is missing: HTTP mode still needs the bot token to post scheduled digests.',
    ]);
  });

  it('reports a bad PORT once when Slack and Discord both use it', () => {
    expect(problems({ ...SLACK, DISCORD_TOKEN, DISCORD_PUBLIC_KEY: PUBLIC_KEY, PORT: 'http' })).toEqual([
      'PORT must be a port number (0–65535).',
    ]);
  });
});

describe('loadConfig: Slack OAuth mode (installs in many workspaces)', () => {
  const OAUTH = {
    SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET,
    SLACK_CLIENT_ID: '1234567890.9876543210',
    SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_STATE_SECRET: 'c0ffee'.repeat(8),
    TOKEN_ENCRYPTION_KEY: '5e'.repeat(32),
  };

  it('takes the client id, secrets and encryption key, without a bot token', () => {
    const config = loadConfig({
      ...OAUTH,
      TOKEN_ENCRYPTION_KEY_PREVIOUS: `${'a1'.repeat(32)}, ${'b2'.repeat(32)}`,
    });
    expect(config.slack?.botToken).toBeUndefined();
    expect(config.slack?.oauth).toEqual({
      clientId: OAUTH.SLACK_CLIENT_ID,
      clientSecret: OAUTH.SLACK_CLIENT_SECRET,
      stateSecret: OAUTH.SLACK_STATE_SECRET,
      tokenKey: OAUTH.TOKEN_ENCRYPTION_KEY,
      previousTokenKeys: ['a1'.repeat(32), 'b2'.repeat(32)],
    });
  });

  it('requires TOKEN_ENCRYPTION_KEY, and says how to make one', () => {
    const { TOKEN_ENCRYPTION_KEY: _, ...withoutKey } = OAUTH;
    expect(problems(withoutKey)).toEqual([
      expect.stringMatching(
        /^TOKEN_ENCRYPTION_KEY is missing.*openssl rand -hex 32.*same key on every instance/,
      ),
    ]);
  });

  it('refuses a key that is not 32 bytes of hex, without quoting it', () => {
    const found = problems({ ...OAUTH, TOKEN_ENCRYPTION_KEY: 'my-password-123' });
    expect(found).toEqual([
      'TOKEN_ENCRYPTION_KEY must be 32 bytes as 64 hexadecimal characters; generate one with `openssl rand -hex 32`.',
    ]);
    expect(problems({ ...OAUTH, TOKEN_ENCRYPTION_KEY: '5e'.repeat(31) })).toHaveLength(1);
    expect(problems({ ...OAUTH, TOKEN_ENCRYPTION_KEY_PREVIOUS: 'old-key' })[0]).toMatch(
      /^TOKEN_ENCRYPTION_KEY_PREVIOUS must be/,
    );
  });

  it('names each missing OAuth variable', () => {
    expect(
      problems({
        SLACK_SIGNING_SECRET: OAUTH.SLACK_SIGNING_SECRET,
        SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID,
        TOKEN_ENCRYPTION_KEY: OAUTH.TOKEN_ENCRYPTION_KEY,
      }),
    ).toEqual([
      'SLACK_CLIENT_SECRET is missing (Slack app → Basic Information → App Credentials).',
      expect.stringMatching(/^SLACK_STATE_SECRET is missing: it signs the OAuth state/),
    ]);
  });

  it('refuses OAuth together with SLACK_BOT_TOKEN or Socket Mode', () => {
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN })[0]).toMatch(/not both/);
    expect(problems({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1-A0-1-abc' })[0]).toMatch(/need HTTP mode/);
  });

  it('refuses a short state secret and a malformed client id', () => {
    expect(problems({ ...OAUTH, SLACK_STATE_SECRET: 'short', SLACK_CLIENT_ID: 'abc' })).toEqual([
      "SLACK_CLIENT_ID must be the app's Client ID, digits.digits (Slack app → Basic Information → App Credentials).",
      'SLACK_STATE_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`.',
    ]);
  });
});

describe('loadConfig: DATABASE_URL', () => {
  it('is unset by default: the embedded SQLite file in DATA_DIR', () => {
    expect(loadConfig({}).digest).toEqual({ dataDir: './data', zone: 'UTC', questionLogDays: 30 });
  });

  it('takes a postgres:// or postgresql:// URL', () => {
    for (const url of ['postgres://bot:pw@db:5432/cyberviews', 'postgresql://db/cyberviews'])
      expect(loadConfig({ DATABASE_URL: url }).digest.databaseUrl).toBe(url);
  });

  it('refuses another kind of URL, without quoting it (it may hold a password)', () => {
    const url = 'mysql://bot:hunter2@db/cyberviews';
    const [message, ...more] = problems({ DATABASE_URL: url });
    expect(more).toEqual([]);
    expect(message).toMatch(/^DATABASE_URL must be a Postgres URL/);
    expect(message).not.toContain('hunter2');
  });
});
