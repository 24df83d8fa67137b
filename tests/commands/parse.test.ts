import { describe, expect, it } from 'vitest';
import { MAX_INPUT, parseCommand } from '../../src/index.js';
import { text } from '../support/message.js';

describe('parseCommand', () => {
  it('reads free text as a question, with or without "ask" and the command name', () => {
    expect(parseCommand('what is cyber sovereignty')).toEqual({
      kind: 'ask',
      question: 'what is cyber sovereignty',
    });
    expect(parseCommand('/cyberviews ask what is cyber sovereignty')).toEqual({
      kind: 'ask',
      question: 'what is cyber sovereignty',
    });
  });

  it('shows help for empty text', () => {
    expect(parseCommand('   ')).toEqual({ kind: 'help' });
  });

  it('reads a word that is a subcommand only alone as that subcommand', () => {
    expect(parseCommand('sections')).toEqual({ kind: 'sections' });
    expect(parseCommand('about cyber sovereignty')).toEqual({
      kind: 'ask',
      question: 'about cyber sovereignty',
    });
  });

  it('validates note numbers against the article’s 1–85', () => {
    expect(parseCommand('note 24')).toEqual({ kind: 'note', note: 24 });
    for (const bad of ['note 0', 'note 86', 'note abc', 'note', 'note -3', 'note 2.5']) {
      const command = parseCommand(bad);
      expect(command.kind).toBe('invalid');
      expect(command.kind === 'invalid' && text(command.message)).toContain('1–85');
    }
  });

  it.each([
    ['a question', (s: string) => s],
    ['a cited phrase', (s: string) => `cite ${s}`],
    ['a digest topic', (s: string) => `digest ${s}`],
    ['a schedule', (s: string) => `subscribe ${s}`],
  ])('refuses %s over the input limit, saying so', (_what, make) => {
    const command = parseCommand(make('x '.repeat(MAX_INPUT)));
    expect(command.kind).toBe('invalid');
    expect(command.kind === 'invalid' && text(command.message)).toContain(`limit is ${MAX_INPUT}`);
  });

  it('strips control and zero-width characters', () => {
    expect(parseCommand('cite lower\u200b-hanging\u0007 fruit')).toEqual({
      kind: 'cite',
      phrase: 'lower-hanging fruit',
    });
  });
});
