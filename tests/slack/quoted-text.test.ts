// Notices that quote what a user typed (a bad note number, a topic the article does not cover, a phrase
// it does not contain, subscribe arguments, a subscribed topic) show it literally: typed `*`, `_`, `~`,
// backticks and `>` never reach a mrkdwn text, so they cannot turn bold, italic, struck or code.

import { describe, expect, it } from 'vitest';
import { renderResult } from '../../adapters/slack/render/result.js';
import { createChannelDigests, executeInChannel, type Where } from '../../src/digest/channels.js';
import { createCyberviews } from '../../src/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { mrkdwnTexts, type Readable, visibleText } from './messages.js';

const core = createCyberviews();
const view = { sourceUrl: core.about.meta.url };
const MARKUP = '*bold* _it_ ~gone~ `code`';
const where: Where = { platform: 'slack', channel: 'C0QUOTES1', admin: false };

async function render(line: string, store?: Store): Promise<Readable> {
  const result = store
    ? await executeInChannel(
        core,
        createChannelDigests({ store, now: () => Date.UTC(2024, 0, 1), zone: 'UTC' }),
        line,
        where,
      )
    : core.execute(line);
  return renderResult(result, view);
}

function expectLiteral(message: Readable, typed: string): void {
  expect(visibleText(message)).toContain(typed);
  for (const text of mrkdwnTexts(message)) {
    for (const piece of ['*bold*', '_it_', '~gone~', '`code`']) expect(text).not.toContain(piece);
  }
  expect(limitViolations(message)).toEqual([]);
}

describe('user text quoted in Slack notices', () => {
  it('a note argument that is not a number', async () => {
    const message = await render('note *bold*');
    expect(visibleText(message)).toMatch(/not a note number/);
    expectLiteral(message, '*bold*');
  });

  it('a digest topic the article has nothing on', async () => {
    const message = await render(`digest ${MARKUP} sourdough`);
    expect(visibleText(message)).toMatch(/nothing on/);
    expectLiteral(message, MARKUP);
  });

  it('a phrase the article does not contain', async () => {
    const message = await render(`cite ${MARKUP} purple elephants`);
    expect(visibleText(message)).toMatch(/does not appear/);
    expectLiteral(message, MARKUP);
  });

  it('a phrase it does contain, echoed above the matches', async () => {
    const message = await render('cite lower-hanging _fruit_');
    expect(visibleText(message)).toContain('lower-hanging _fruit_');
    for (const text of mrkdwnTexts(message)) expect(text).not.toContain('_fruit_');
  });

  it('subscribe arguments it cannot read, and a subscribed topic', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const bad = await render('subscribe *bold* daily', store);
      expect(visibleText(bad)).toMatch(/not a cadence/);
      expectLiteral(bad, '*bold*');
      const subscribed = await render(`subscribe daily 09:00 ${MARKUP}`, store);
      expect(visibleText(subscribed)).toMatch(/Subscribed/);
      expectLiteral(subscribed, MARKUP);
      // The next time still renders as Slack's localised date, which needs mrkdwn.
      expect(mrkdwnTexts(subscribed).join('\n')).toMatch(/<!date\^\d+\^/);
    } finally {
      await store.close();
    }
  });

  it('still escapes &, < and > in the quoted text', async () => {
    const message = await render('note <!channel>&');
    expect(visibleText(message)).toContain('&lt;!channel&gt;&amp;');
    expect(visibleText(message)).not.toMatch(/<!/);
  });
});
