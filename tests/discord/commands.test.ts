// Each /cyberviews subcommand, sent through the loopback Discord to the real discord.js client.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionType } from '../fakes/discord/index.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { buttons, embed, type Harness, isEphemeral, startHarness, text } from './harness.js';

const CHANNEL_MESSAGE = 4;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const ask = (question: string) =>
  h.discord.command('ask', [{ name: 'question', type: OptionType.String, value: question }]);
describe('/cyberviews ask', () => {
  it('answers in the channel with the matching words of the excerpt in bold', async () => {
    const callback = await ask('what is cyber sovereignty');
    expect(callback.type).toBe(CHANNEL_MESSAGE);
    expect(isEphemeral(callback)).toBe(false);
    const first = embed(callback);
    expect(first.description).toMatch(/\*\*[^*]*sovereign[^*]*\*\*/i);
  });

  it('cites section, pages, paragraph and notes, and links each passage to the source', async () => {
    const callback = await ask('what is cyber sovereignty');
    const first = embed(callback);
    expect(first.url).toBe(h.core.about.meta.url);
    const citation =
      (first.fields ?? []).find((field: { name: string }) => field.name === 'Citation')?.value ?? '';
    expect(citation).toMatch(/\*The Chinese Definition of Cybersecurity and the Challenge It Presents\*/);
    expect(citation).toMatch(/pp?\. \d+(–\d+)?, ¶\d+, nn?\. \d+/);
  });

  it('offers More results and Show full passage buttons with short custom ids', async () => {
    const callback = await ask('what is cyber sovereignty');
    const ids = buttons(callback).map((button) => button.custom_id as string | undefined);
    expect(ids.some((id) => id?.startsWith('cv1:mq') && id.includes(':3:'))).toBe(true);
    expect(ids.filter((id) => id?.startsWith('cv1:f:p')).length).toBe(callback.data.embeds?.length);
    expect(buttons(callback).some((button) => button.url === h.core.about.meta.url)).toBe(true);
  });

  it('refuses an out-of-scope question privately, saying what the article covers', async () => {
    const callback = await ask('What is the capital of France?');
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toContain('does not seem to cover that');
  });

  it('asks for a question when the option holds only blanks', async () => {
    const callback = await ask('   \u200b  ');
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toContain('Ask a question about the article');
  });

  it('refuses a question longer than the declared limit, with the limit', async () => {
    const callback = await ask('cyber '.repeat(1000));
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toMatch(/limit is 500/);
    expect(messageViolations(callback.data)).toEqual([]);
  });
});

describe('/cyberviews cite', () => {
  it('shows where a phrase stands: page, paragraph and note', async () => {
    const callback = await h.discord.command('cite', [
      { name: 'phrase', type: OptionType.String, value: 'lower-hanging fruit' },
    ]);
    expect(isEphemeral(callback)).toBe(false);
    const fields = embed(callback).fields ?? [];
    expect(fields[0]?.name).toBe('p. 9, ¶51 (exact)');
    expect(fields[0]?.value).toContain('n. 51');
    expect(buttons(callback).map((button) => button.custom_id)).toContain('cv1:f:p51');
  });

  it('says privately when no passage holds the phrase', async () => {
    const callback = await h.discord.command('cite', [
      { name: 'phrase', type: OptionType.String, value: 'zebra quantum marmalade' },
    ]);
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toContain('zebra quantum marmalade');
  });
});

describe('/cyberviews note', () => {
  it('shows the passage that carries the marker, with the note in its citation', async () => {
    const callback = await h.discord.command('note', [
      { name: 'number', type: OptionType.Integer, value: 24 },
    ]);
    expect(isEphemeral(callback)).toBe(false);
    const note = embed(callback);
    expect(note.title).toMatch(/^Note 24 · ¶\d+/);
    expect(note.fields?.[0]?.value).toMatch(/nn?\. [\d, –]*24/);
  });

  it.each([0, 86, -3])('answers note %i, outside 1–85, with the range to use', async (number) => {
    const callback = await h.discord.command('note', [
      { name: 'number', type: OptionType.Integer, value: number },
    ]);
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toContain('notes 1–85');
  });
});

describe('/cyberviews sections, about, help', () => {
  it('lists the sections with pages and paragraphs', async () => {
    const callback = await h.discord.command('sections');
    const description = embed(callback).description;
    expect(description).toContain(
      '**2. The Chinese Definition of Cybersecurity and the Challenge It Presents**, pp. 2–6, ¶12–31',
    );
    expect(isEphemeral(callback)).toBe(false);
  });

  it('tells what the article is and how to cite it', async () => {
    const callback = await h.discord.command('about');
    const about = embed(callback);
    expect(about.title).toBe(h.core.about.meta.title);
    expect(about.url).toBe(h.core.about.meta.url);
    expect(about.fields?.map((field: { name: string }) => field.name)).toContain('Cite as');
  });

  it('shows help only to the one who asked, in Discord option syntax', async () => {
    const callback = await h.discord.command('help');
    expect(isEphemeral(callback)).toBe(true);
    expect(text(callback)).toContain('`/cyberviews cite phrase: lower-hanging fruit`');
    expect(text(callback)).toContain(
      '`/cyberviews subscribe cadence: weekly time: 08:30 topic: cyber sovereignty`',
    );
    // Nothing in the form Slack and the console take.
    expect(text(callback)).not.toContain('/cyberviews cite lower-hanging fruit');
    expect(text(callback)).not.toContain('/cyberviews what is cyber sovereignty');
  });

  it('narrows help to one subcommand', async () => {
    const callback = await h.discord.command('help', [
      { name: 'command', type: OptionType.String, value: 'note' },
    ]);
    expect(embed(callback).fields?.map((field: { name: string }) => field.name)).toEqual([
      '/cyberviews note number: <1–85>',
    ]);
  });

  it('answers a subcommand it does not know privately instead of failing', async () => {
    const callback = await h.discord.command('translate');
    expect(isEphemeral(callback)).toBe(true);
    // Names what was typed: "/cyberviews help" alone is in every refusal too.
    expect(text(callback)).toContain('`/cyberviews translate` is not available here yet');
    expect(text(callback)).toContain('/cyberviews help');
  });
});

describe('in a direct message with the bot', () => {
  it('answers the same way as in a server', async () => {
    const question = [{ name: 'question', type: OptionType.String, value: 'what is cyber sovereignty' }];
    const inDm = await h.discord.command('ask', question, 'dm');
    const inGuild = await h.discord.command('ask', question);
    expect(inDm.data.embeds).toEqual(inGuild.data.embeds);
    expect(inDm.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('every reply', () => {
  it('allows no mentions and stays inside Discord limits', async () => {
    for (const callback of [
      await h.discord.command('sections'),
      await h.discord.command('help'),
      await ask('mandient report'),
    ]) {
      expect(callback.data.allowed_mentions).toEqual({ parse: [] });
      expect(messageViolations(callback.data)).toEqual([]);
    }
  });
});
