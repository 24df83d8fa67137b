import { describe, expect, it } from 'vitest';
import { buttonKind, buttonValue } from '../../adapters/slack/render/state.js';
import { decodeActionOf as clicked } from '../../src/index.js';

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

describe('Slack action ids', () => {
  it('name the kind of button the one action listener dispatches to', () => {
    expect(buttonKind('cyberviews_share')).toBe('share');
    expect(buttonKind('cyberviews_more')).toBe('more');
    expect(buttonKind('cyberviews_full:p12')).toBe('full');
    expect(buttonKind('cyberviews_vote:up')).toBe('vote');
    expect(buttonKind('cyberviews_vote:down')).toBe('vote');
  });

  it('are none of ours without the prefix or with an unknown kind', () => {
    expect(buttonKind('share')).toBeUndefined();
    expect(buttonKind('other_app_share')).toBeUndefined();
    expect(buttonKind('cyberviews_delete')).toBeUndefined();
    expect(buttonKind('cyberviews_constructor')).toBeUndefined();
    expect(buttonKind('cyberviews_')).toBeUndefined();
  });
});
