// A cite reply shows the same matches on every platform.

import { describe, expect, it } from 'vitest';
import { renderCite as discordCite } from '../../adapters/discord/render/cite.js';
import { renderCite as slackCite } from '../../adapters/slack/render/lookup.js';
import { CITE_MATCHES_SHOWN, createCyberviews } from '../../src/index.js';

const core = createCyberviews();
const url = core.about.meta.url;

describe('cite matches shown', () => {
  it.each(['the United States', 'cyber sovereignty', 'lower-hanging fruit'])(
    '“%s”: the same number on Slack and Discord, at most CITE_MATCHES_SHOWN',
    (phrase) => {
      const result = core.cite(phrase);
      const expected = Math.min(result.matches.length, CITE_MATCHES_SHOWN);
      const slackQuotes = slackCite(result, url).blocks.filter(
        (block) => block.type === 'section' && 'text' in block && block.text?.text.startsWith('>'),
      );
      expect(slackQuotes).toHaveLength(expected);
      expect(discordCite(result, url, false).embeds[0]?.fields).toHaveLength(expected);
    },
  );

  it('is a real cut for a phrase the article uses often', () => {
    expect(core.cite('the United States').matches.length).toBeGreaterThan(CITE_MATCHES_SHOWN);
  });
});

describe('a cite match in a lead-in’s list', () => {
  it('stands in the passage of the lead-in and its list, and the Discord button is named for both', () => {
    const [match] = core.cite('the Challenge It Presents').matches;
    expect(match?.paragraph).toBe(8);
    expect(match?.passage).toEqual({ id: 'p7', paragraphs: [7, 8] });
    const labels = discordCite(core.cite('the Challenge It Presents'), url, false)
      .components?.flatMap((row) => ('components' in row ? row.components : []))
      .map((button) => ('label' in button ? button.label : undefined));
    expect(labels).toContain('Show full passage ¶7–8');
  });
});

describe('a phrase that stands only in the acknowledgement note', () => {
  it('is shown that note and how to cite it, on Slack and Discord alike', () => {
    const result = core.cite('indebted to Audrye Wong');
    const slack = JSON.stringify(slackCite(result, url).blocks);
    const discord = discordCite(result, url, false).embeds[0];
    for (const shown of [slack, JSON.stringify(discord)]) {
      expect(shown).toContain('acknowledgement, the asterisked note at the foot of page 1');
      expect(shown).toContain('I am greatly indebted to Audrye Wong');
      expect(shown).not.toContain('does not appear in the article');
    }
    expect(discord?.title).toBe('In the acknowledgement note');
  });

  it('is cited as a passage of the note is, so the two never disagree', () => {
    const result = core.cite('indebted to Audrye Wong');
    const passage = core.passage('ack');
    expect(result.acknowledgement?.citation).toMatch(/, p\. 1, n\. \*$/);
    expect(passage?.citation).toBe(result.acknowledgement?.citation);
    const hint = `cite it as ${result.acknowledgement?.citation}.`;
    expect(JSON.stringify(slackCite(result, url).blocks)).toContain(JSON.stringify(hint).slice(1, -1));
    expect(JSON.stringify(discordCite(result, url, false).embeds)).toContain(
      JSON.stringify(hint).slice(1, -1),
    );
  });
});
