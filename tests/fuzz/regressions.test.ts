// Inputs the property tests once found breaking a reply, kept as plain specifications.

import { describe, expect, it } from 'vitest';
import { renderResult } from '../../adapters/discord/render/result.js';
import { createCyberviews } from '../../src/index.js';
import { messageViolations } from '../fakes/discord/limits.js';

const core = createCyberviews();

describe('Discord notices', () => {
  it('stay within the embed description limit when a long digest topic full of mentions is echoed', () => {
    const topic = '<@U0ASKER01> <@U0ASKER01> <!subteam^S123|@team> 𐀀𐀀 '.repeat(80);
    const reply = renderResult(core.execute(`digest ${topic}`), { about: core.about, ephemeral: false });
    expect(messageViolations(reply)).toEqual([]);
  });
});
