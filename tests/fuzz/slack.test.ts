// Property tests of the Slack replies: whatever a user types (after Slack's own escaping), the reply
// fits Slack's limits, never carries a live mention or a foreign link, and never throws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, plainText } from '../../adapters/slack/render/escape.js';
import { replyToText } from '../../adapters/slack/reply.js';
import { createCyberviews } from '../../src/index.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { type LogEntry, recordingLogger } from '../slack/harness.js';
import { runs, userText } from './arbitraries.js';

const core = createCyberviews();
const logs: LogEntry[] = [];
const logger = recordingLogger(logs);

/** Every string Slack parses as mrkdwn: plain_text objects, button values and ids are shown or kept as is. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) texts(item, out);
  else if (typeof value === 'object' && value !== null) {
    if ((value as { type?: unknown }).type === 'plain_text') return out;
    for (const [key, item] of Object.entries(value))
      if (key !== 'value' && key !== 'action_id') texts(item, out);
  }
  return out;
}

/** `<…>` tokens Slack would act on: only links to the article are ours to send. */
function liveTokens(message: unknown): string[] {
  const source = core.about.meta.url;
  return texts(message)
    .flatMap((text) => text.match(/<[^>]*>/g) ?? [])
    .filter((token) => !token.startsWith(`<${source}`));
}

/** What Slack delivers for what a user typed: its own entities escaped, then our plainText. */
const asTyped = (text: string) => plainText(escapeText(text));

describe('Slack replies (property)', () => {
  it('never throw and always fit Slack’s limits', async () => {
    await fc.assert(
      fc.asyncProperty(userText, fc.boolean(), async (text, shareable) => {
        const { message } = await replyToText(core, asTyped(text), { shareable, logger });
        expect(limitViolations(message)).toEqual([]);
        expect(message.text.length).toBeGreaterThan(0);
      }),
      runs(200),
    );
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it('never carry a live mention, broadcast or foreign link, even from raw mention syntax', async () => {
    await fc.assert(
      fc.asyncProperty(userText, async (text) => {
        // Both what Slack delivers and the raw text (as if a client sent it unescaped) must come back inert.
        for (const input of [asTyped(text), text]) {
          const { message } = await replyToText(core, input, { shareable: true, logger });
          expect(liveTokens(message)).toEqual([]);
        }
      }),
      runs(200),
    );
  });

  it('echo the question as plain_text, so markdown a user typed shows literally', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('*', '_', '~', '`', '>', '```', '||'), async (mark) => {
        const question = `what is ${mark}cyber sovereignty${mark}`;
        const { message } = await replyToText(core, question, { shareable: true, logger });
        const echo = message.blocks[0];
        expect(echo?.type).toBe('context');
        const elements = echo?.type === 'context' ? echo.elements : [];
        expect(elements[1]).toEqual({ type: 'plain_text', text: escapeText(question), emoji: false });
      }),
      runs(20),
    );
  });
});
