// Discord's limits, and the guards and renderers that keep every reply inside them whatever the passage.

import { type APIEmbed, embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fitEmbed, fitEmbeds, LIMITS, truncate, truncateMarkdown } from '../../adapters/discord/limits.js';
import { renderAnswer } from '../../adapters/discord/render/answer.js';
import { renderCite } from '../../adapters/discord/render/cite.js';
import { renderFullPassage, renderNote } from '../../adapters/discord/render/passage.js';
import type { Passage } from '../../src/index.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { core } from './harness.js';

const URL = 'https://example.org/article';

/** A passage far past every limit: huge text, a title-sized section, many notes, highlights everywhere. */
function monstrousPassage(id: string): Passage {
  const excerpt = 'cyber *sovereignty* _under_ `law` @everyone <@1> '.repeat(400);
  return {
    id,
    text: excerpt.repeat(3),
    excerpt,
    highlights: Array.from({ length: 300 }, (_, i) => ({ start: i * 60, end: i * 60 + 5 })),
    page: 3,
    pages: [3, 4],
    section: 'S'.repeat(1000),
    paragraph: 19,
    paragraphs: [19, 19],
    notes: Array.from({ length: 85 }, (_, i) => i + 1),
    citation: 'C'.repeat(3000),
    sourceKinds: ['authoritative', 'military'],
    score: 1,
  };
}

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('cyber sovereignty', 17)).toBe('cyber sovereignty');
  });

  it('cuts to the limit with an ellipsis', () => {
    const cut = truncate('cyber sovereignty', 10);
    expect(cut).toBe('cyber sov…');
    expect(cut.length).toBe(10);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('ab🙂🙂🙂', 4);
    expect(cut).toBe('ab…');
  });
});

describe('truncateMarkdown', () => {
  it('closes bold left open by the cut', () => {
    const cut = truncateMarkdown('plain **very long bold text here**', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect((cut.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('drops a dangling escape so the ellipsis is not escaped', () => {
    const cut = truncateMarkdown(`${'a'.repeat(6)}\\*${'b'.repeat(20)}`, 10);
    expect(cut).toBe('aaaaaa…');
  });
});

describe('fitEmbed and fitEmbeds', () => {
  it('cut every part of an embed to its own limit and keep 25 fields', () => {
    const embed = fitEmbed({
      title: 't'.repeat(1000),
      description: 'd'.repeat(10_000),
      footer: { text: 'f'.repeat(5000) },
      author: { name: 'a'.repeat(1000) },
      fields: Array.from({ length: 40 }, () => ({ name: 'n'.repeat(500), value: 'v'.repeat(5000) })),
    });
    expect(messageViolations({ embeds: [embed] }).filter((p) => !p.startsWith('embed total'))).toEqual([]);
    expect(embed.fields).toHaveLength(LIMITS.embedFields);
  });

  it('keep ten embeds whose text adds up to 6000 at most', () => {
    const embeds: APIEmbed[] = Array.from({ length: 14 }, () => ({
      title: 'x',
      description: 'y'.repeat(4000),
    }));
    const fitted = fitEmbeds(embeds);
    expect(fitted.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(fitted.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('give up fields of a single embed only when nothing else is left', () => {
    const fitted = fitEmbeds([
      {
        description: 'short',
        fields: Array.from({ length: 25 }, () => ({ name: 'n'.repeat(256), value: 'v'.repeat(1024) })),
      },
    ]);
    expect(messageViolations({ embeds: fitted })).toEqual([]);
  });
});

describe('renderers under monstrous input', () => {
  it('an answer page of three monstrous passages fits', () => {
    const reply = renderAnswer(
      {
        query: 'q'.repeat(5000),
        answered: true,
        passages: ['p1', 'p2', 'p3', 'p4'].map(monstrousPassage),
        total: 4,
      },
      { offset: 0, next: 3, sourceUrl: URL, ephemeral: false },
    );
    expect(messageViolations(reply)).toEqual([]);
    expect(reply.embeds).toHaveLength(3);
    expect(reply.embeds.at(-1)?.footer?.text).toMatch(/^Results 1–3 · asked: q+/);
  });

  it('an answer keeps its bold markers paired when the excerpt is cut', () => {
    const reply = renderAnswer(
      { query: 'q', answered: true, passages: [monstrousPassage('p1')], total: 1 },
      { offset: 0, next: undefined, sourceUrl: URL, ephemeral: false },
    );
    const description = reply.embeds[0]?.description ?? '';
    expect(description.endsWith('…')).toBe(true);
    expect((description.match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('a monstrous full passage, note and cite result fit', () => {
    const passage = monstrousPassage('p1');
    expect(messageViolations(renderFullPassage(passage, URL))).toEqual([]);
    expect(messageViolations(renderNote({ note: 24, passage }, URL, false))).toEqual([]);
    const match = {
      ...passage,
      text: passage.text,
      passage: { id: passage.id, paragraphs: passage.paragraphs },
      similarity: 0.5,
    };
    const cite = renderCite({ query: 'x'.repeat(9000), matches: Array(30).fill(match) }, URL, false);
    expect(messageViolations(cite)).toEqual([]);
  });

  it('a button whose custom id would pass 100 characters is left out rather than sent', () => {
    const passage = { ...monstrousPassage('p'.repeat(200)) };
    const reply = renderFullPassage(passage, URL);
    const note = renderNote({ note: 1, passage }, URL, false);
    expect(messageViolations(reply)).toEqual([]);
    expect(messageViolations(note)).toEqual([]);
  });

  it('every paragraph of the article, shown in full, fits', () => {
    const cv = core();
    let count = 0;
    for (let n = 1; ; n++) {
      const passage = cv.passage(`p${n}`);
      if (!passage) break;
      count++;
      const reply = renderFullPassage(passage, cv.about.meta.url);
      expect(messageViolations(reply), `p${n}`).toEqual([]);
      // The whole paragraph is there: nothing was cut from real article text.
      expect(reply.embeds[0]?.description?.endsWith('(continues in the article)')).toBe(false);
    }
    expect(count).toBeGreaterThan(80);
  });
});
