// Never a ping: every message allows no mentions, and mention syntax the user typed stays inert text.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutMentions } from '../../adapters/discord/mentions.js';
import { FAKE_GUILD_ID, type InteractionCallback, OptionType } from '../fakes/discord/index.js';
import { CITED } from '../support/cited.js';
import { type Harness, startHarness, text } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const MENTIONS = `@everyone @here <@1100000000000000004> <@&${FAKE_GUILD_ID}> <#1100000000000000003>`;
const HOSTILE = `${MENTIONS} **bold** [x](https://evil.example)`;

/** Mention syntax Discord would render live: not escaped, not broken by a zero-width space. */
const LIVE_MENTION = /(?<![\\\u200b])(@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>)/;

function expectInert(callback: InteractionCallback): void {
  expect(callback.data.allowed_mentions).toEqual({ parse: [] });
  expect(callback.data.content ?? '').not.toMatch(LIVE_MENTION);
  for (const e of callback.data.embeds ?? []) {
    // Footers render neither markdown nor mentions; everything else must be escaped.
    const rendered = [
      e.title,
      e.description,
      e.author?.name,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ];
    for (const part of rendered) expect(part ?? '').not.toMatch(LIVE_MENTION);
    for (const part of rendered) expect(part ?? '').not.toContain('[x](https://evil.example)');
  }
}

describe('mention safety', () => {
  // Markdown and a link in a question are words the article lacks, so HOSTILE itself is refused (below).
  it('a question full of mentions is answered without pinging anyone', async () => {
    const callback = await h.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: `${MENTIONS} what is cyber sovereignty` },
    ]);
    expect(text(callback)).toMatch(CITED);
    expectInert(callback);
  });

  it('a phrase full of mentions is echoed back escaped when not found', async () => {
    const callback = await h.discord.command('cite', [
      { name: 'phrase', type: OptionType.String, value: HOSTILE },
    ]);
    expectInert(callback);
    expect(text(callback)).toContain('\\\\@everyone');
  });

  it('an out-of-scope question with mentions gets a notice that pings nobody', async () => {
    const callback = await h.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: HOSTILE },
    ]);
    expectInert(callback);
  });

  it.each(['sections', 'about', 'help'])('/cyberviews %s allows no mentions', async (subcommand) => {
    expectInert(await h.discord.command(subcommand));
  });

  it('button and autocomplete replies allow no mentions either', async () => {
    const first = await h.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: `${MENTIONS} cyber sovereignty` },
    ]);
    for (const id of ['cv1:mq-:3:', 'cv1:f:p19']) {
      const reply = await h.discord.click(first, id);
      expect(text(reply)).toMatch(CITED);
      expectInert(reply);
    }
  });
});

describe('withoutMentions', () => {
  it('takes Discord’s mention syntax out of what is searched, and nothing else', () => {
    expect(
      withoutMentions(`${MENTIONS} </cyberviews ask:1100000000000000001> cyber sovereignty`).trim(),
    ).toBe('cyber sovereignty');
    expect(withoutMentions('email@here.example <3')).toBe('email@here.example <3');
  });
});
