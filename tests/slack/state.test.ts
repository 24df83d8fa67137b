import { describe, expect, it } from 'vitest';
import { decodePassageId, decodeReplay, encodeReplay } from '../../adapters/slack/render/state.js';

describe('button values', () => {
  it('round-trip a command line', () => {
    const value = encodeReplay({ kind: 'command', text: 'cite lower-hanging fruit' });
    expect(value).toBeDefined();
    expect(decodeReplay(value)).toEqual({ kind: 'command', text: 'cite lower-hanging fruit' });
  });

  it('round-trip a question with its offset', () => {
    const replay = { kind: 'ask' as const, question: 'what is cyber sovereignty', offset: 3 };
    expect(decodeReplay(encodeReplay(replay))).toEqual(replay);
  });

  it('are withheld when they would not fit in a button (2,000 characters)', () => {
    expect(encodeReplay({ kind: 'command', text: 'w '.repeat(1000) })).toBeUndefined();
  });

  it('refuse anything they did not produce', () => {
    expect(decodeReplay('not json')).toBeUndefined();
    expect(decodeReplay('{"q":"x","o":-1}')).toBeUndefined();
    expect(decodeReplay('{"q":"x","o":1.5}')).toBeUndefined();
    expect(decodeReplay('null')).toBeUndefined();
    expect(decodePassageId('p16')).toBe('p16');
    expect(decodePassageId('../etc/passwd')).toBeUndefined();
  });
});
