// Who sees a reply is decided once, in the core: both platforms keep the same results private.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../adapters/discord/context.js';
import { followUpReply } from '../../adapters/discord/followup.js';
import { renderResult } from '../../adapters/discord/render/result.js';
import { replay, replyInThread } from '../../adapters/slack/reply.js';
import {
  ANSWER_PAGE_SIZE,
  answerFollowUp,
  createCyberviews,
  isPersonal,
  isPersonalFollowUp,
  readFollowUp,
  shownBy,
  unavailableDigests,
} from '../../src/index.js';
import { recordingLogger } from '../slack/harness.js';

const core = createCyberviews();

describe('visibility', () => {
  it.each([
    'what is cyber sovereignty',
    'how do I bake sourdough bread',
    'cite lower-hanging fruit',
    'cite zebra quantum marmalade',
    'note 24',
    'note 99',
    'sections',
    'about',
    'help',
    'digest',
    'digest quantum computing',
    'subscribe daily',
  ])('“%s”: private on Slack and on Discord exactly when the core says it is personal', async (line) => {
    const result = core.execute(line);
    const slack = await replay(
      core,
      { kind: 'command', text: line },
      { shareable: true, logger: recordingLogger([]) },
    );
    const discord = renderResult(result, { about: core.about, ephemeral: false });
    expect(slack.personal).toBe(isPersonal(result));
    expect(discord.ephemeral).toBe(isPersonal(result));
  });
});

describe('visibility of follow-ups', () => {
  const ctx: Context = {
    core,
    ephemeralByDefault: false,
    log: { info: () => {}, warn: () => {}, error: () => {} },
    accessLog: { info: () => {}, warn: () => {} },
    digests: unavailableDigests(),
    now: () => 0,
  };

  it.each([
    ['what is cyber sovereignty', 0, 'what page is that on?', false],
    ['what is cyber sovereignty', 0, 'who said it?', false],
    ['what is cyber sovereignty', 0, 'cite it', false],
    ['what is cyber sovereignty', 0, 'more', false],
    ['what is cyber sovereignty', 0, 'show the full passage', false],
    // The last page of "cyber arms race": "more" has nothing more, a refusal.
    ['cyber arms race', 3, 'more', true],
  ])(
    '“%s” from %i, then “%s”: private on both platforms exactly when the core says so (%s)',
    async (question, offset, text, personal) => {
      const shown = shownBy(core.ask(question, { offset, limit: ANSWER_PAGE_SIZE }), offset);
      const form = readFollowUp(text);
      if (shown === undefined || form === undefined) throw new Error('the follow-up needs an answered page');
      const reply = answerFollowUp(core, form, shown);
      expect(isPersonalFollowUp(reply)).toBe(personal);
      const slack = await replyInThread(core, text, shown, { shareable: false, logger: recordingLogger([]) });
      const discord = followUpReply(text, { question, offset }, ctx, { ephemeral: false });
      expect(slack.personal).toBe(personal);
      expect(discord.ephemeral).toBe(personal);
    },
  );
});
