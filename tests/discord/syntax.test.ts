// The core's command examples, rewritten into what a Discord user actually types.

import { describe, expect, it } from 'vitest';
import { discordSyntax, discordSyntaxIn } from '../../adapters/discord/render/syntax.js';
import { core } from './harness.js';

describe('discordSyntax', () => {
  it.each([
    ['/cyberviews what is cyber sovereignty', '/cyberviews ask question: what is cyber sovereignty'],
    ['/cyberviews <question>', '/cyberviews ask question: <question>'],
    ['/cyberviews cite lower-hanging fruit', '/cyberviews cite phrase: lower-hanging fruit'],
    ['/cyberviews note 24', '/cyberviews note number: 24'],
    ['/cyberviews help cite', '/cyberviews help command: cite'],
    ['/cyberviews help [command]', '/cyberviews help command: [command]'],
    ['/cyberviews sections', '/cyberviews sections'],
    ['/cyberviews', '/cyberviews help'],
  ])('%s → %s', (core, discord) => {
    expect(discordSyntax(core)).toBe(discord);
  });

  it('leaves Discord syntax as it is', () => {
    expect(discordSyntax('/cyberviews note number: 24')).toBe('/cyberviews note number: 24');
  });

  it('rewrites the commands quoted in the core’s own messages', () => {
    const message = core().note(86);
    if (message.kind !== 'error') throw new Error('note 86 should be out of range');
    expect(discordSyntaxIn(message.message)).toContain('`/cyberviews note number: 24`');
  });
});
