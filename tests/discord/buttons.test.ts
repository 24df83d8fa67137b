// The buttons under an answer: More results pages on, Show full passage shows the whole paragraph,
// and a suggested question can be asked with one click.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionType } from '../fakes/discord/index.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { buttons, embed, type Harness, isEphemeral, startHarness, text } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const ask = (question: string) =>
  h.discord.command('ask', [{ name: 'question', type: OptionType.String, value: question }]);
const footers = (callback: Awaited<ReturnType<typeof ask>>) =>
  (callback.data.embeds ?? []).map((e) => e.footer?.text).filter(Boolean);
const titles = (callback: Awaited<ReturnType<typeof ask>>) =>
  (callback.data.embeds ?? []).map((e) => e.title);

describe('More results', () => {
  it('shows the next passages for the same question, privately to whoever clicked', async () => {
    const first = await ask('what is cyber sovereignty');
    const second = await h.discord.click(first, 'cv1:mq:3:what is cyber sovereignty');
    expect(isEphemeral(second)).toBe(true);
    expect(footers(second)).toEqual(['Results 4–6 · asked: what is cyber sovereignty']);
    expect(titles(second)[0]).toMatch(/^4\. /);
    const fullPassages = (callback: Awaited<ReturnType<typeof ask>>) =>
      buttons(callback)
        .map((b) => b.custom_id)
        .filter((id) => id?.startsWith('cv1:f:'));
    const shownFirst = fullPassages(first);
    expect(fullPassages(second)).toHaveLength(3);
    for (const id of fullPassages(second)) expect(shownFirst).not.toContain(id);
  });

  it('matches asking the core for the same page directly', async () => {
    const first = await ask('Is there a risk of a cyber arms race between Washington and Beijing?');
    const more = buttons(first).find((b) => b.custom_id?.startsWith('cv1:mq'))?.custom_id ?? '';
    const second = await h.discord.click(first, more);
    const page = h.core.ask('Is there a risk of a cyber arms race between Washington and Beijing?', {
      limit: 3,
      offset: 3,
    });
    const shown = buttons(second)
      .map((b) => b.custom_id)
      .filter((id) => id?.startsWith('cv1:f:'));
    expect(shown).toEqual(page.passages.map((p) => `cv1:f:${p.id}`));
  });

  it('keeps paging from an ephemeral page, and stops offering More at the end', async () => {
    let page = await ask('cyber sovereignty');
    const seen: string[] = [];
    for (let clicks = 0; clicks < 30; clicks++) {
      const more = buttons(page).find((b) => b.custom_id?.startsWith('cv1:mq'))?.custom_id;
      if (!more) break;
      page = await h.discord.click(page, more);
      seen.push(...(footers(page) as string[]));
      expect(messageViolations(page.data)).toEqual([]);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(buttons(page).some((b) => b.custom_id?.startsWith('cv1:mq'))).toBe(false);
  });

  it('says there is nothing more when the offset is past the last passage', async () => {
    const first = await ask('what is cyber sovereignty');
    const past = await h.discord.click(first, 'cv1:mq:900:what is cyber sovereignty');
    expect(isEphemeral(past)).toBe(true);
    expect(text(past)).toContain('No more passages');
  });

  it('carries a question too long for its id in the answer’s footer, and pages on from there', async () => {
    const question =
      'What do Chinese sources say about cyber sovereignty and the role of the state in governing the internet?';
    const first = await ask(question);
    const more = buttons(first).find((b) => b.custom_id?.startsWith('cv1:mq'))?.custom_id;
    expect(more).toBe('cv1:mq-:3:');
    const second = await h.discord.click(first, more ?? '');
    expect(footers(second)).toEqual([`Results 4–6 · asked: ${question}`]);
  });

  it('asks the user to ask again when neither the id nor the message records the question', async () => {
    const first = await ask('what is cyber sovereignty');
    const stripped = { ...first, data: { ...first.data, embeds: [{ title: 'edited' }] } };
    const reply = await h.discord.click(stripped, 'cv1:mq-:3:');
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('Ask again');
  });

  it('pages on from the id alone when it holds the question, whatever the message says', async () => {
    const first = await ask('what is cyber sovereignty');
    const stripped = { ...first, data: { ...first.data, embeds: [{ title: 'edited' }] } };
    const reply = await h.discord.click(stripped, 'cv1:mq:3:what is cyber sovereignty');
    expect(footers(reply)).toEqual(['Results 4–6 · asked: what is cyber sovereignty']);
  });
});

describe('Show full passage', () => {
  it('shows the whole paragraph with its citation, privately', async () => {
    const first = await ask('what is cyber sovereignty');
    const id = buttons(first).find((b) => b.custom_id?.startsWith('cv1:f:'))?.custom_id ?? '';
    const full = await h.discord.click(first, id);
    const passage = h.core.passage(id.replace('cv1:f:', ''));
    expect(isEphemeral(full)).toBe(true);
    expect(embed(full).title).toMatch(new RegExp(`^¶${passage?.paragraph} · `));
    // The paragraph's last words are there, not just the excerpt.
    const lastWords = passage?.text.split(' ').slice(-4).join(' ') ?? '(none)';
    expect(embed(full).description).toContain(lastWords);
    expect(text(full)).toContain(passage?.citation.replaceAll('"', '\\"') ?? '(none)');
  });

  it('says so when the passage id is not in the article', async () => {
    const first = await ask('what is cyber sovereignty');
    const reply = await h.discord.click(first, 'cv1:f:p9999');
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('not in the article');
  });
});

describe('suggested question', () => {
  it('offers the core’s “did you mean” as a button that asks it', async () => {
    // Misspellings the core answers with a suggestion rather than passages.
    const typo = ['cihil', 'vdgue', 'sovrenty'].find((q) => h.core.ask(q).suggestion !== undefined);
    expect(typo).toBeDefined();
    const suggestion = h.core.ask(typo ?? '').suggestion ?? '';
    const refused = await ask(typo ?? '');
    expect(isEphemeral(refused)).toBe(true);
    expect(text(refused)).toContain(`Did you mean “${suggestion}”`);
    const button = buttons(refused).find((b) => b.custom_id?.startsWith('cv1:a:'));
    expect(button?.custom_id).toBe(`cv1:a:${suggestion}`);
    const reply = await h.discord.click(refused, button?.custom_id ?? '');
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(messageViolations(reply.data)).toEqual([]);
    expect(isEphemeral(reply)).toBe(!h.core.ask(suggestion).answered);
  });
});

describe('a button the bot did not make', () => {
  it('gets a private note instead of silence', async () => {
    const first = await ask('what is cyber sovereignty');
    const reply = await h.discord.click(first, 'someone-else:42');
    expect(isEphemeral(reply)).toBe(true);
    // Says why, and what to do (the same words as on Slack).
    expect(text(reply)).toContain('That button has expired');
    expect(text(reply)).toContain('/cyberviews ask');
  });
});
