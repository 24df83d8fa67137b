// Property tests of the core's entry points: whatever a user types, parsing, asking and citing never
// throw, keep to the input limit, and hand back well-formed results.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanInput,
  createCyberviews,
  DEFAULT_LIMIT,
  MAX_INPUT,
  parseCommand,
  SUBCOMMANDS,
} from '../../src/index.js';
import { anyText, runs, userText } from './arbitraries.js';

const core = createCyberviews();
const CONTROL_OR_INVISIBLE = /[\p{Cc}\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u;

describe('parseCommand (property)', () => {
  it('never throws and always returns a known command kind', () => {
    const kinds: string[] = [...SUBCOMMANDS, 'invalid'];
    fc.assert(
      fc.property(userText, (text) => {
        expect(kinds).toContain(parseCommand(text).kind);
      }),
      runs(1000),
    );
  });

  it('keeps questions and phrases within MAX_INPUT, free of control and zero-width characters', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const command = parseCommand(text);
        const payload =
          command.kind === 'ask' ? command.question : command.kind === 'cite' ? command.phrase : undefined;
        if (payload === undefined) return;
        expect(payload.length).toBeGreaterThan(0);
        expect(payload.length).toBeLessThanOrEqual(MAX_INPUT);
        expect(payload).not.toMatch(CONTROL_OR_INVISIBLE);
      }),
      runs(1000),
    );
  });

  it('accepts only notes the article has', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), anyText), (n) => {
        const command = parseCommand(`note ${n}`);
        if (command.kind === 'note') expect(command.note >= 1 && command.note <= 85).toBe(true);
      }),
      runs(300),
    );
  });

  it('is idempotent on cleaned input', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const once = cleanInput(text);
        expect(cleanInput(once)).toBe(once);
      }),
      runs(500),
    );
  });
});

describe('core.ask (property)', () => {
  it('never throws and returns at most the default number of cited passages, or a refusal with a message', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const question = cleanInput(text).slice(0, MAX_INPUT);
        const answer = core.ask(question);
        expect(typeof answer.answered).toBe('boolean');
        expect(answer.passages.length).toBeLessThanOrEqual(DEFAULT_LIMIT);
        if (answer.answered) {
          for (const passage of answer.passages) expect(passage.citation).toMatch(/p{1,2}\. \d/);
        } else expect(answer.passages).toEqual([]);
      }),
      runs(300),
    );
  });

  it('never throws on raw, uncleaned strings either', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(() => core.ask(text)).not.toThrow();
      }),
      runs(200),
    );
  });
});

describe('core.cite (property)', () => {
  it('never throws, and every match carries a page and a citation', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const result = core.cite(cleanInput(text).slice(0, MAX_INPUT));
        for (const match of result.matches) {
          expect(match.page).toBeGreaterThan(0);
          expect(match.citation.length).toBeGreaterThan(0);
        }
      }),
      runs(150),
    );
  });
});

describe('core.execute (property)', () => {
  it('never throws on any line, whatever the subcommand', () => {
    fc.assert(
      fc.property(userText, (text) => {
        expect([
          'answer',
          'cite',
          'note',
          'sections',
          'about',
          'help',
          'digest',
          'subscriptions',
          'error',
          'unavailable',
        ]).toContain(core.execute(text).kind);
      }),
      runs(300),
    );
  });
});
