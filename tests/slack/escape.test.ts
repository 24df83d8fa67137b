import { describe, expect, it } from 'vitest';
import { escapeText, link, stripBotMention, unescapeText } from '../../adapters/slack/render/escape.js';

describe('escapeText', () => {
  it('turns the three mrkdwn control characters into entities', () => {
    expect(escapeText('Strategic and Economic Dialogue (S&ED)')).toBe(
      'Strategic and Economic Dialogue (S&amp;ED)',
    );
    expect(escapeText('a < b > c')).toBe('a &lt; b &gt; c');
  });

  it('leaves mentions typed by a user inert', () => {
    const escaped = escapeText('<!channel> <!here> <@U0123ABCD> <#C0123|general> what is cyber sovereignty');
    expect(escaped).not.toMatch(/<[!@#]/);
    expect(escaped).toContain('&lt;!channel&gt;');
    expect(escaped).toContain('&lt;@U0123ABCD&gt;');
  });

  it('escapes an ampersand before the brackets, so entities are never double-read', () => {
    expect(escapeText('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });
});

describe('unescapeText', () => {
  it('restores the plain text Slack escaped in an event', () => {
    expect(unescapeText('S&amp;ED &lt;cyber&gt;')).toBe('S&ED <cyber>');
  });

  it('round-trips with escapeText', () => {
    const text = 'R&D <b> &amp; more';
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});

describe('stripBotMention', () => {
  it('removes the bot mention wherever it stands', () => {
    expect(stripBotMention('<@U0BOT> what is cyber sovereignty?', 'U0BOT')).toBe(
      'what is cyber sovereignty?',
    );
    expect(stripBotMention('so <@U0BOT|cyberviews>, what about Zhong Sheng', 'U0BOT')).toBe(
      'so , what about Zhong Sheng',
    );
  });

  it('keeps mentions of other people (they are escaped on the way out)', () => {
    expect(stripBotMention('<@U0BOT> ask <@U0OTHER>', 'U0BOT')).toBe('ask <@U0OTHER>');
  });
});

describe('link', () => {
  it('cannot be broken out of by its label', () => {
    expect(link('https://example.org/a', 'x|<!channel>')).toBe('<https://example.org/a|x/&lt;!channel&gt;>');
  });
});
