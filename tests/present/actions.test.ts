import { describe, expect, it } from 'vitest';
import { type Action, decodeAction, encodeAction } from '../../src/present/actions.js';

const ROOM = 2000;

describe('encodeAction and decodeAction', () => {
  const actions: Action[] = [
    { kind: 'share', replay: { kind: 'command', text: 'cite lower-hanging fruit' } },
    { kind: 'share', replay: { kind: 'ask', question: 'what is cyber sovereignty', offset: 0 } },
    { kind: 'more', replay: { kind: 'ask', question: 'who runs the DNS: ICANN?', offset: 3 } },
    { kind: 'more', replay: { kind: 'ask', question: null, offset: 6 } },
    { kind: 'more', replay: { kind: 'digest', topic: 'internet governance', offset: 4 } },
    { kind: 'more', replay: { kind: 'digest', topic: null, offset: 12 } },
    { kind: 'full', passage: 'p16' },
    { kind: 'ask', question: 'cyber sovereignty' },
    {
      kind: 'vote',
      helpful: true,
      question: 'what is cyber sovereignty: a claim?',
      passages: ['p16', 'p17'],
    },
    { kind: 'vote', helpful: false, question: null, passages: ['p3'] },
    { kind: 'vote', helpful: false, question: 'who runs the DNS', passages: [] },
    { kind: 'reason', vote: 42 },
    { kind: 'followup', question: 'who runs the DNS: ICANN?', offset: 3 },
    { kind: 'followup', question: null, offset: 0 },
  ];

  it.each(actions)('round-trips %j', (action) => {
    expect(decodeAction(encodeAction(action, ROOM))).toEqual(action);
  });

  it('marks every state with its version', () => {
    expect(encodeAction({ kind: 'full', passage: 'p16' }, ROOM)).toBe('cv1:f:p16');
  });

  it('gives no state when it would not fit the platform’s limit, rather than a cut question', () => {
    const question = 'what did the Academy of Military Science researcher say about the internet';
    const more: Action = { kind: 'more', replay: { kind: 'ask', question, offset: 3 } };
    expect(encodeAction(more, 100)).toBeDefined();
    expect(encodeAction(more, 80)).toBeUndefined();
  });

  it('keeps colons and newlines inside a question', () => {
    const action: Action = { kind: 'ask', question: 'note: 24\nand 25' };
    expect(decodeAction(encodeAction(action, ROOM))).toEqual(action);
  });

  it('refuses state it did not make: other versions, old formats, bad offsets and ids', () => {
    for (const state of [
      undefined,
      '',
      '{"q":"x","o":1}',
      'cv:more:3',
      'cv2:f:p16',
      'cv1:mq:-1:x',
      'cv1:mq:1.5:x',
      'cv1:mq:3:',
      'cv1:mq-:3:x',
      'cv1:f:../etc/passwd',
      'cv1:a:',
      'cv1:x:anything',
    ]) {
      expect(decodeAction(state)).toBeUndefined();
    }
  });

  it('never offers a button for a passage id it would refuse', () => {
    expect(encodeAction({ kind: 'full', passage: 'p 16' }, ROOM)).toBeUndefined();
  });
});

describe('vote state', () => {
  it('fits Discord’s 100 characters with the passage ids and no question', () => {
    const state = encodeAction(
      { kind: 'vote', helpful: false, question: null, passages: ['p16', 'p17', 'p48'] },
      100,
    );
    expect(state).toBe('cv1:v:-:p16,p17,p48:');
  });

  it('decodes to nothing when the sign, the ids or the reason’s vote id are not this version’s', () => {
    expect(decodeAction('cv1:v:?:p16:what')).toBeUndefined();
    expect(decodeAction('cv1:v:+:p 16:what')).toBeUndefined();
    expect(decodeAction('cv1:v:+:p16')).toBeUndefined();
    expect(decodeAction('cv1:r:abc')).toBeUndefined();
    expect(decodeAction('cv1:r:')).toBeUndefined();
  });
});
