import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accessLogger,
  boltLogger,
  createLog,
  LOG_BATCH_BYTES,
  logStream,
  scrubSecrets,
} from '../../adapters/log.js';
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

  it('writes a (message, context) call as one line with the context’s fields, leaving the context as it was', () => {
    const { log, entries } = memoryLog('info');
    const context = { platform: 'slack', kind: 'command', command: 'ask', outcome: 'ok', ms: 1.2 };
    boltLogger(log).info('command handled', context);
    expect(entries()).toEqual([expect.objectContaining({ level: 30, msg: 'command handled', ...context })]);
    expect(context).toEqual({ platform: 'slack', kind: 'command', command: 'ask', outcome: 'ok', ms: 1.2 });
  });

  it('names an error passed as `error` in a context `err`, as pino serialises errors', () => {
    const { log, entries } = memoryLog('info');
    boltLogger(log).error('listener failed', { error: new Error('boom'), id: 'p12' });
    expect(entries()).toMatchObject([{ msg: 'listener failed', id: 'p12', err: { message: 'boom' } }]);
    expect(entries()[0]).not.toHaveProperty('error');
  });
});

describe('accessLogger', () => {
  it('writes an access line with its fields and its source, at the bot’s level', () => {
    const { log, entries } = memoryLog('warn');
    const access = accessLogger(log, 'slack');
    access.info('command handled', {
      platform: 'slack',
      kind: 'command',
      command: 'ask',
      outcome: 'ok',
      ms: 2,
    });
    access.warn('slow command', { platform: 'slack', kind: 'command', command: 'ask', ms: 1600 });
    expect(entries()).toEqual([
      expect.objectContaining({ level: 40, source: 'slack', msg: 'slow command', command: 'ask', ms: 1600 }),
    ]);
  });

  it('still censors credential field names and scrubs secrets and tokens from its lines', () => {
    const { log, lines } = memoryLog('info', ['s3cr3t-signing-value']);
    accessLogger(log, 'slack').info('command handled', {
      token: 'whatever',
      command: 'xoxb-1-2-abc',
      kind: 's3cr3t-signing-value',
    });
    const line = lines.join('');
    expect(line).not.toContain('whatever');
    expect(line).not.toContain('xoxb-1-2-abc');
    expect(line).not.toContain('s3cr3t-signing-value');
    expect(JSON.parse(line)).toMatchObject({
      token: '[redacted]',
      command: '[redacted]',
      kind: '[redacted]',
    });
  });
});
