import { describe, expect, it } from 'vitest';
import { withoutMentions } from '../../adapters/slack/mentions.js';
import { escapeText, link, plainText, unescapeText } from '../../adapters/slack/render/escape.js';
import { replyToText } from '../../adapters/slack/reply.js';
import { createCyberviews } from '../../src/index.js';
import { recordingLogger } from './harness.js';

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

describe('plainText', () => {
  it('drops the bot mention wherever it stands', () => {
    expect(plainText('<@U0BOT> what is cyber sovereignty?')).toBe('what is cyber sovereignty?');
    expect(plainText('so <@U0BOT|cyberviews>, what about Zhong Sheng')).toBe('so , what about Zhong Sheng');
  });

  it('drops mentions of people and of the whole channel: they address people, not the article', () => {
    expect(
      plainText('<!here> <!channel> <@U0OTHER> <!subteam^S0123|@policy> what is cyber sovereignty'),
    ).toBe('what is cyber sovereignty');
  });

  it('keeps channel names and link labels as words', () => {
    expect(plainText('see <#C0123|china-policy> and <https://carnegieendowment.org|Carnegie>')).toBe(
      'see #china-policy and Carnegie',
    );
    expect(plainText('<https://example.org/a>')).toBe('https://example.org/a');
  });

  it('decodes text a user typed literally, so it can be echoed back escaped', () => {
    expect(plainText('cite &lt;!channel&gt; S&amp;ED')).toBe('cite <!channel> S&ED');
  });
});

describe('link', () => {
  it('cannot be broken out of by its label', () => {
    expect(link('https://example.org/a', 'x|<!channel>')).toBe('<https://example.org/a|x/&lt;!channel&gt;>');
  });
});

describe('mentions in a question', () => {
  const QUESTION = '<@U0EVIL01> <!channel> @everyone @here what is cyber sovereignty';

  it('are taken out before the core searches: literal mention syntax is no part of the question', () => {
    expect(withoutMentions(QUESTION).trim()).toBe('what is cyber sovereignty');
    expect(withoutMentions('cite <#C0123|general> email@here.example')).toBe('cite   email@here.example');
  });

  it('leave the question answered as if they were not there', async () => {
    const core = createCyberviews();
    const logger = recordingLogger([]);
    const reply = JSON.stringify((await replyToText(core, QUESTION, { shareable: false, logger })).message);
    expect(reply).toContain('virtual territory');
  });
});
