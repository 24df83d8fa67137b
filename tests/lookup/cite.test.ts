import { beforeAll, describe, expect, it } from 'vitest';
import { noteRangeMessage } from '../../src/commands/parse.js';
import { createCyberviews, NOTE_RANGE } from '../../src/index.js';
import { lastNote } from '../../src/lookup/note.js';
import { text } from '../support/message.js';

let core: ReturnType<typeof createCyberviews>;
beforeAll(() => {
  core = createCyberviews();
});

describe('cite', () => {
  it('finds a phrase regardless of case, quote style and hyphens', () => {
    for (const phrase of [
      'WE WILL NOT ATTACK UNLESS WE ARE ATTACKED',
      '"lower hanging fruit"',
      'cold war mentality',
    ]) {
      expect(core.cite(phrase).matches[0]?.similarity).toBe(1);
    }
  });

  it('reports the page where the phrase starts, not where its paragraph starts', () => {
    const match = core.cite('the Chinese Internet industry is running in the hands of the U.S.').matches[0];
    expect(match).toMatchObject({ page: 6, paragraph: 30, notes: [32] });
  });

  it('tolerates a dropped or misspelt word', () => {
    expect(
      core.cite('leave the country vulnerable and turn out to be the lower-hanging fruit').matches[0],
    ).toMatchObject({ page: 9, notes: [51] });
    const victim = core.cite('China is a major victm of hacker attacks').matches[0];
    expect(victim?.page).toBe(3);
    expect(victim?.notes[0]).toBe(11);
  });

  it('finds nothing for phrases made of common words that the article does not contain', () => {
    expect(core.cite('the medium is the message').matches).toEqual([]);
    expect(core.cite('the capital of France').matches).toEqual([]);
    expect(core.cite('the capital of France').acknowledgement).toBeUndefined();
  });

  it('says a phrase of the acknowledgement note stands there, not in the text, whole or nearly', () => {
    for (const phrase of [
      'indebted to Audrye Wong',
      'Audrye',
      'invaluable assistance in the preparaton of',
    ]) {
      const result = core.cite(phrase);
      expect(result.matches, phrase).toEqual([]);
      expect(result.acknowledgement, phrase).toEqual({
        text: 'I am greatly indebted to Audrye Wong for her invaluable assistance in the preparation of this article.',
        page: 1,
        citation:
          'Swaine, "Chinese Views on Cybersecurity in Foreign Relations," China Leadership Monitor 42 (2013), p. 1, n. *',
      });
    }
  });

  it('finds a phrase the text has in the text, though the note has it as well', () => {
    const result = core.cite('this article');
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.acknowledgement).toBeUndefined();
  });
});

describe('note', () => {
  it('bounds note numbers (in the parser and Discord options) by the markers segmentation finds', () => {
    expect(NOTE_RANGE.last).toBe(lastNote(core.article));
    expect(core.note(NOTE_RANGE.last + 1)).toEqual({
      kind: 'error',
      message: noteRangeMessage(NOTE_RANGE.first, NOTE_RANGE.last),
    });
  });

  it('finds every one of the 85 markers on the page where it stands', () => {
    for (let n = 1; n <= 85; n++) {
      const result = core.note(n);
      expect(result.kind).toBe('note');
      if (result.kind !== 'note') continue;
      expect(result.result.passage.notes).toContain(n);
      expect(result.result.passage.page).toBe(core.article.markers[n]?.page);
    }
  });

  it('shows the sentence the note sources', () => {
    const result = core.note(24);
    expect(result.kind === 'note' && result.result.passage.excerpt).toContain('subject to laws and morality');
  });

  it('explains the range for notes that do not exist', () => {
    for (const n of [0, 86, 1.5]) {
      const result = core.note(n);
      expect(result.kind).toBe('error');
      expect(result.kind === 'error' && text(result.message)).toContain('notes 1–85; try note 24');
    }
  });
});

describe('the project’s own citation set', () => {
  it('finds every phrase on its page with the note that sources it first, and nothing for absent ones', async () => {
    const { readFileSync } = await import('node:fs');
    const set = JSON.parse(readFileSync(new URL('../eval/citations.json', import.meta.url), 'utf8')) as {
      id: string;
      phrase: string;
      page: number | null;
      note: number | null;
    }[];
    expect(set.length).toBeGreaterThanOrEqual(10);
    for (const c of set) {
      const first = core.cite(c.phrase).matches[0];
      if (c.page === null) expect(first, c.id).toBeUndefined();
      else
        expect({ id: c.id, page: first?.page, note: first?.notes[0] }).toEqual({
          id: c.id,
          page: c.page,
          note: c.note,
        });
    }
  });
});
