import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boltLogger, createLog, LOG_BATCH_BYTES, logStream, scrubSecrets } from '../../adapters/log.js';
import { memoryLog } from './support.js';

describe('scrubSecrets', () => {
  it('redacts the configured secrets wherever they appear', () => {
    expect(
      scrubSecrets('auth failed for 8f14e45fceea167a5a36dedd4bea2543!', ['8f14e45fceea167a5a36dedd4bea2543']),
    ).toBe('auth failed for [redacted]!');
  });

  it('redacts Slack tokens and Authorization values nobody listed', () => {
    expect(
      scrubSecrets('token xoxb-1-2-abc, app xapp-1-A1-9, header Bot MTE.x.y-z, Bearer abcdefghijk'),
    ).toBe('token [redacted], app [redacted], header [redacted], [redacted]');
  });

  it('redacts refresh tokens (xoxe-) too, should a workspace turn on token rotation', () => {
    expect(scrubSecrets('refresh_token: xoxe-1-My0xLTI-abc')).toBe('refresh_token: [redacted]');
  });

  it('leaves short values alone, so ordinary words are not redacted', () => {
    expect(scrubSecrets('note 24', ['24'])).toBe('note 24');
  });
});

describe('createLog', () => {
  it('censors credential fields and scrubs secrets from messages and errors', () => {
    const { log, lines } = memoryLog('info', ['s3cr3t-signing-value']);
    log.info(
      { token: 'whatever', headers: { authorization: 'Bot abc' } },
      'calling with s3cr3t-signing-value',
    );
    log.error({ err: new Error('invalid_auth for xoxb-123-secret') }, 'failed');
    const all = lines.join('');
    expect(all).not.toContain('whatever');
    expect(all).not.toContain('s3cr3t-signing-value');
    expect(all).not.toContain('xoxb-123-secret');
    expect(all).toContain('[redacted]');
  });

  it('honours the level: debug lines are dropped at info', () => {
    const { log, lines } = memoryLog('info');
    log.debug('hidden');
    log.info('shown');
    expect(lines).toHaveLength(1);
  });
});

describe('logStream', () => {
  it('writes lines in batches, yet a lone line is written without waiting for more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyberviews-log-'));
    const file = join(dir, 'bot.log');
    const stream = logStream(file);
    try {
      const log = createLog({ level: 'info', destination: stream });
      log.info({ platform: 'slack', kind: 'command', command: 'note' }, 'command handled');
      // Far under a batch: only the periodic flush writes it.
      expect(LOG_BATCH_BYTES).toBeGreaterThan(1000);
      await expect
        .poll(() => readFileSync(file, 'utf8'), { timeout: 5_000 })
        .toContain('"msg":"command handled"');
    } finally {
      (stream as unknown as { destroy(): void }).destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('boltLogger', () => {
  it('turns Bolt’s console-style calls into one structured line', () => {
    const { log, entries } = memoryLog('debug');
    boltLogger(log).warn('http request failed', { status: 503 }, new Error('Service Unavailable'));
    expect(entries()).toMatchObject([
      {
        level: 40,
        source: 'slack',
        msg: 'http request failed',
        status: 503,
        err: { message: 'Service Unavailable' },
      },
    ]);
  });
});
