// Messages keep command references as data until a platform writes them.

import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import {
  arg,
  command,
  commandRefs,
  joinMessages,
  message,
  placeholder,
  positionalArgs,
  renderMessage,
} from '../../src/present/message.js';

describe('message', () => {
  it('keeps text and command references apart, in order', () => {
    const note = command('note', arg('number', '24'));
    expect(message`There is no note ${86}. Try ${note}.`).toEqual(['There is no note 86. Try ', note, '.']);
  });

  it('splices a message into another, merging adjacent text', () => {
    const inner = message`Try ${command('help')}.`;
    expect(joinMessages('Sorry. ', inner)).toEqual(['Sorry. Try ', command('help'), '.']);
  });

  it('is written by whatever writes its commands', () => {
    const text = message`Try ${command('help')}, or ${command('about')}.`;
    expect(renderMessage(text, (ref) => `<${ref.command}>`)).toBe('Try <help>, or <about>.');
  });
});

describe('positionalArgs', () => {
  it('shows values as typed, required placeholders in angle brackets, optional ones in square brackets', () => {
    expect(
      positionalArgs([
        arg('cadence', 'daily'),
        placeholder('question'),
        placeholder('number', '1–85'),
        placeholder('time', 'HH:MM', true),
      ]),
    ).toBe('daily <question> <1–85> [HH:MM]');
  });
});

describe('the core’s messages', () => {
  const core = createCyberviews();

  it('refer to commands as data, never in a platform’s syntax', () => {
    const refusal = core.ask('what is the current price of bitcoin');
    const messages = [
      refusal.message ?? [],
      ...['note 86', 'cite', 'ask', 'subscribe'].map((line) => {
        const result = core.execute(line);
        return 'message' in result ? result.message : [];
      }),
    ];
    for (const text of messages) {
      expect(commandRefs(text).length).toBeGreaterThan(0);
      for (const part of text) if (typeof part === 'string') expect(part).not.toMatch(/\/cyberviews|`/);
    }
    expect(commandRefs(refusal.message ?? []).map((ref) => ref.command)).toEqual(['help', 'about']);
  });
});
