// Who sees a reply is decided once, in the core: both platforms keep the same results private.

import { describe, expect, it } from 'vitest';
import { renderResult } from '../../adapters/discord/render/result.js';
import { replay } from '../../adapters/slack/reply.js';
import { createCyberviews, isPersonal } from '../../src/index.js';
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
