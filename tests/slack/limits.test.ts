import { describe, expect, it } from 'vitest';
import { chunkEscaped, fitEscaped, LIMITS, truncate } from '../../adapters/slack/render/limits.js';
import { limitViolations } from '../fakes/slack/limits.js';

const sentence =
  'Washington and Beijing recently agreed to form a Cyber Working Group (CWG) as part of the S&ED. ';

describe('truncate', () => {
  it('keeps text that fits unchanged', () => {
    expect(truncate('cyber sovereignty', 20)).toBe('cyber sovereignty');
  });

  it('cuts at a word boundary and marks the cut', () => {
    const cut = truncate(sentence, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(sentence.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).not.toMatch(/\s$/);
  });
});

describe('fitEscaped', () => {
  it('never exceeds the limit after escaping, even when every character grows', () => {
    const text = '&'.repeat(5000);
    const fitted = fitEscaped(text, LIMITS.sectionText);
    expect(fitted.length).toBeLessThanOrEqual(LIMITS.sectionText);
  });

  it('never cuts inside an entity', () => {
    const fitted = fitEscaped(sentence.repeat(100), 500);
    expect(fitted.length).toBeLessThanOrEqual(500);
    expect(fitted).not.toMatch(/&[a-z]*…$/);
    expect(fitted.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  });
});

describe('chunkEscaped', () => {
  it('splits long text into pieces that each fit a section, losing nothing', () => {
    const text = sentence.repeat(120).trim();
    const chunks = chunkEscaped(text, LIMITS.sectionText);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(chunks.join(' ').replace(/&amp;/g, '&')).toBe(text);
  });

  it('hard-cuts a single word longer than the limit', () => {
    const chunks = chunkEscaped('x'.repeat(7000), LIMITS.sectionText);
    expect(chunks.map((c) => c.length)).toEqual([3000, 3000, 1000]);
  });
});

describe('limitViolations', () => {
  const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

  it('accepts a small message', () => {
    expect(limitViolations({ text: 'hi', blocks: [section('hi')] })).toEqual([]);
  });

  it('reports more than 50 blocks', () => {
    const blocks = Array.from({ length: 51 }, () => section('x'));
    expect(limitViolations({ text: 'x', blocks })).toContain('blocks: 51 > 50');
  });

  it('reports a section text over 3,000 characters', () => {
    expect(limitViolations({ blocks: [section('x'.repeat(3001))] })).toEqual([
      'blocks[0].text: 3001 > 3000 characters',
    ]);
  });

  it('reports a context with more than ten elements', () => {
    const elements = Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'p. 4' }));
    expect(limitViolations({ blocks: [{ type: 'context', elements }] })).toEqual([
      'blocks[0].elements: 11 > 10',
    ]);
  });

  it('reports button values, labels and action ids that are too long', () => {
    const button = {
      type: 'button',
      text: { type: 'plain_text', text: 'y'.repeat(76) },
      action_id: 'a'.repeat(256),
      value: 'v'.repeat(2001),
    };
    expect(limitViolations({ blocks: [{ type: 'actions', elements: [button] }] })).toEqual([
      'blocks[0].elements[0].text: 76 > 75 characters',
      'blocks[0].elements[0].value: 2001 > 2000 characters',
      'blocks[0].elements[0].action_id: 256 > 255 characters',
    ]);
  });

  it('reports a fallback text over 4,000 characters', () => {
    expect(limitViolations({ text: 'x'.repeat(4001), blocks: [] })).toEqual(['text: 4001 > 4000 characters']);
  });

  it('reports blocks whose texts add up past the total budget', () => {
    const blocks = Array.from({ length: 5 }, () => section('x'.repeat(2900)));
    expect(limitViolations({ blocks })).toEqual([`blocks total text: 14500 > ${LIMITS.blocksTotalText}`]);
  });
});
