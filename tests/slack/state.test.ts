import { describe, expect, it } from 'vitest';
import { buttonValue, clicked } from '../../adapters/slack/render/state.js';

describe('Slack button values', () => {
  it('carry the core’s action state, question included', () => {
    const value = buttonValue({
      kind: 'more',
      replay: { kind: 'ask', question: 'what is cyber sovereignty', offset: 3 },
    });
    expect(value).toBe('cv1:mq:3:what is cyber sovereignty');
    expect(clicked(value, 'more')).toEqual({
      kind: 'more',
      replay: { kind: 'ask', question: 'what is cyber sovereignty', offset: 3 },
    });
  });

  it('are withheld when they would not fit in a button (2,000 characters)', () => {
    expect(
      buttonValue({ kind: 'share', replay: { kind: 'command', text: 'w '.repeat(1000) } }),
    ).toBeUndefined();
  });

  it('are refused by a listener of another kind, and when they are not ours', () => {
    const share = buttonValue({ kind: 'share', replay: { kind: 'command', text: 'about' } });
    expect(clicked(share, 'more')).toBeUndefined();
    expect(clicked('{"c":"about"}', 'share')).toBeUndefined();
    expect(clicked('p16', 'full')).toBeUndefined();
  });
});
