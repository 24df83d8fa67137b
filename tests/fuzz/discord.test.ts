// Property tests of the Discord replies: whatever a user types, the reply and the autocomplete choices
// fit Discord's limits, never carry a live mention, and never throw.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerPage } from '../../adapters/discord/commands/ask.js';
import { suggestionsFor } from '../../adapters/discord/commands/suggestions.js';
import { type Reply, sendOptions } from '../../adapters/discord/render/reply.js';
import { renderResult } from '../../adapters/discord/render/result.js';
import { createCyberviews } from '../../src/index.js';
import { choicesViolations, messageViolations } from '../fakes/discord/limits.js';
import { quietContext } from '../support/discord-context.js';
import { anyText, DISCORD_LIVE_MENTION, runs, userText } from './arbitraries.js';

const core = createCyberviews();
const ctx = quietContext(core);

/**
 * Every string Discord renders as markdown in a reply. Custom ids and URLs are not text; embed footers and
 * author names are plain text where mention syntax never renders (the footer carries the question as typed).
 */
function readable(reply: Reply): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (key !== 'custom_id' && key !== 'url') out.push(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, item] of Object.entries(value)) if (k !== 'footer' && k !== 'author') walk(item, k);
    }
  };
  walk(reply);
  return out;
}

const liveMentions = (reply: Reply) => readable(reply).filter((text) => DISCORD_LIVE_MENTION.test(text));

describe('Discord replies (property)', () => {
  it('to any command line never throw, fit Discord’s limits and carry no live mention', () => {
    fc.assert(
      fc.property(userText, fc.boolean(), (text, ephemeral) => {
        const reply = renderResult(core.execute(text), { about: core.about, ephemeral });
        expect(messageViolations(reply)).toEqual([]);
        expect(liveMentions(reply)).toEqual([]);
      }),
      runs(200),
    );
  });

  it('to /cyberviews ask question:… fit the limits and echo nothing live, on every page', () => {
    fc.assert(
      fc.property(userText, fc.nat({ max: 6 }), (question, offset) => {
        const reply = answerPage(question, offset, ctx, false);
        expect(messageViolations(reply)).toEqual([]);
        expect(liveMentions(reply)).toEqual([]);
      }),
      runs(200),
    );
  });

  it('are always sent with mentions disabled, whatever the text', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const options = sendOptions(
          renderResult(core.execute(text), { about: core.about, ephemeral: false }),
        );
        expect(options.allowedMentions).toEqual({ parse: [] });
      }),
      runs(50),
    );
  });
});

describe('Discord autocomplete (property)', () => {
  it('offers at most 25 choices within the name and value limits for anything typed', () => {
    fc.assert(
      fc.property(fc.oneof(userText, anyText), (typed) => {
        expect(choicesViolations(suggestionsFor(core, typed))).toEqual([]);
      }),
      runs(200),
    );
  });
});
