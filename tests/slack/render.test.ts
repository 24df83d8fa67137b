// The Block Kit renderers as pure functions: real answers from the core in, Slack payloads out.

import { describe, expect, it } from 'vitest';
import { renderAnswer, renderRefusal } from '../../adapters/slack/render/answer.js';
import { slackCommand, slackText } from '../../adapters/slack/render/command.js';
import { renderHelp } from '../../adapters/slack/render/info.js';
import { LIMITS } from '../../adapters/slack/render/limits.js';
import {
  boldRanges,
  citationLine,
  highlightExcerpt,
  renderFullPassage,
} from '../../adapters/slack/render/passage.js';
import { type CommandRef, createCyberviews, help, isPersonal, type Passage } from '../../src/index.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { buttons, excerpts } from './messages.js';

const core = createCyberviews();
const url = core.about.meta.url;
const answer = core.ask('what is cyber sovereignty');
const top = answer.passages[0] as Passage;

describe('highlightExcerpt', () => {
  it('bolds exactly the highlighted words of a real excerpt', () => {
    const mrkdwn = highlightExcerpt(top.excerpt, top.highlights);
    const bolded = [...mrkdwn.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]);
    const expected = boldRanges(top.excerpt, top.highlights).map((r) => top.excerpt.slice(r.start, r.end));
    expect(bolded.length).toBeGreaterThan(0);
    expect(bolded).toEqual(expected);
  });

  it('widens a range that starts or ends inside a word, so Slack can render the bold', () => {
    const text = 'Chinese views on cybersecurity in foreign relations';
    expect(highlightExcerpt(text, [{ start: 19, end: 23 }])).toBe(
      'Chinese views on *cybersecurity* in foreign relations',
    );
  });

  it('widens to the whole token around quotes, so the bold opens after a space', () => {
    const text = 'the notion of “cyber sovereignty” should constitute a key principle';
    expect(highlightExcerpt(text, [{ start: 15, end: 20 }])).toBe(
      'the notion of *“cyber* sovereignty” should constitute a key principle',
    );
  });

  it('merges overlapping ranges and ignores empty or out-of-range ones', () => {
    const text = 'cyber sovereignty and virtual territory';
    const ranges = [
      { start: 0, end: 5 },
      { start: 3, end: 17 },
      { start: 30, end: 30 },
      { start: 90, end: 120 },
    ];
    expect(highlightExcerpt(text, ranges)).toBe('*cyber sovereignty* and virtual territory');
  });

  it('joins highlights apart by a space into one bold run', () => {
    const text = 'sovereign “virtual territory” on the Internet';
    expect(
      highlightExcerpt(text, [
        { start: 11, end: 18 },
        { start: 19, end: 28 },
      ]),
    ).toBe('sovereign *“virtual territory”* on the Internet');
  });

  it('escapes the text around and inside the bold', () => {
    const text = 'the Strategic and Economic Dialogue (S&ED) <2013>';
    expect(highlightExcerpt(text, [{ start: 37, end: 41 }])).toBe(
      'the Strategic and Economic Dialogue *(S&amp;ED)* &lt;2013&gt;',
    );
  });
});

describe('citationLine', () => {
  it('gives the core’s citation, the section and a link to the source', () => {
    const line = JSON.stringify(citationLine(top, url));
    expect(line).toContain(`¶${top.paragraph}`);
    expect(line).toContain(`<${url}|Read the article>`);
  });
});

describe('renderAnswer', () => {
  it('renders one quoted section and one citation line per passage', () => {
    const message = renderAnswer(answer, { sourceUrl: url, offset: 0 });
    expect(excerpts(message)).toHaveLength(answer.passages.length);
    expect(limitViolations(message)).toEqual([]);
  });

  it('keeps each excerpt on its one quoted line, bold where the core highlighted it, whatever its whitespace', () => {
    // A line break would end Slack's `>` quote; a no-break space is whitespace too, so a bold stops at it.
    const excerpt = 'cyber\nsovereignty and\u00a0virtual territory';
    const passage: Passage = {
      ...top,
      excerpt,
      highlights: [
        { start: 0, end: 5 },
        { start: 22, end: 29 },
      ],
    };
    const message = renderAnswer({ ...answer, passages: [passage] }, { sourceUrl: url, offset: 0 });
    expect(excerpts(message)).toEqual(['>*cyber* sovereignty and *virtual* territory']);
  });

  it('offers only the buttons it is given replays for', () => {
    const plain = renderAnswer(answer, { sourceUrl: url, offset: 0 });
    expect(buttons(plain).map((b) => b.label)).toEqual(answer.passages.map(() => 'Show full passage'));
    const all = renderAnswer(answer, {
      sourceUrl: url,
      offset: 0,
      share: { kind: 'command', text: 'what is cyber sovereignty' },
      more: { kind: 'ask', question: 'what is cyber sovereignty', offset: 3 },
    });
    expect(buttons(all).map((b) => b.label)).toContain('More results');
    expect(buttons(all).map((b) => b.label)).toContain('Share in channel');
  });

  it('stays within 50 blocks however many passages it is handed', () => {
    const many = { ...answer, passages: Array.from({ length: 40 }, (_, i) => ({ ...top, id: `p${i + 1}` })) };
    const message = renderAnswer(many, {
      sourceUrl: url,
      offset: 0,
      share: { kind: 'command', text: 'x' },
      more: { kind: 'ask', question: 'x', offset: 40 },
    });
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(limitViolations(message)).toEqual([]);
  });

  it('stays within the limits with an excerpt far longer than the core promises', () => {
    const long = { ...top, excerpt: `${top.excerpt} `.repeat(40), citation: top.citation.repeat(30) };
    const message = renderAnswer({ ...answer, passages: [long, long, long] }, { sourceUrl: url, offset: 0 });
    expect(limitViolations(message)).toEqual([]);
  });

  it('drops a replay too long for a button instead of breaking the message', () => {
    const message = renderAnswer(answer, {
      sourceUrl: url,
      offset: 0,
      share: { kind: 'command', text: 'x'.repeat(3000) },
    });
    expect(buttons(message).map((b) => b.label)).not.toContain('Share in channel');
  });
});

describe('renderRefusal', () => {
  it('passes on the core’s message and suggestion, escaped', () => {
    const message = renderRefusal({
      query: 'cyber soverignty <!here>',
      answered: false,
      passages: [],
      message: ['Nothing on <that> & more.'],
      suggestion: 'sovereignty',
      total: 0,
    });
    expect(JSON.stringify(message)).toContain('Nothing on &lt;that&gt; &amp; more.');
    expect(JSON.stringify(message)).toContain('“sovereignty”');
    expect(limitViolations(message)).toEqual([]);
  });
});

describe('renderFullPassage', () => {
  it('splits a paragraph longer than a section into several sections, losing no word', () => {
    const long = { ...top, text: `${top.text} `.repeat(12).trim() };
    const message = renderFullPassage(long, url);
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    expect(limitViolations(message)).toEqual([]);
  });
});

describe('isPersonal', () => {
  it('keeps refusals, errors and help to the asker, and answers public', () => {
    expect(isPersonal(core.execute('what is cyber sovereignty'))).toBe(false);
    expect(isPersonal(core.execute('how do I bake sourdough bread'))).toBe(true);
    expect(isPersonal(core.execute('note 99'))).toBe(true);
    expect(isPersonal(core.execute('help'))).toBe(true);
    expect(isPersonal(core.execute('digest'))).toBe(false);
    expect(isPersonal(core.execute('digest quantum computing'))).toBe(true);
    expect(isPersonal(core.execute('subscribe daily'))).toBe(true);
    expect(isPersonal(core.execute('note 24'))).toBe(false);
  });
});

describe('command references', () => {
  it('are the slash command as a Slack user types it, in backticks', () => {
    const refusal = core.ask('what is the current price of bitcoin');
    expect(slackText(refusal.message ?? [])).toContain(
      'Try `/cyberviews help`, or `/cyberviews about` for the article itself',
    );
    const note = core.note(86);
    expect(note.kind === 'error' && slackText(note.message)).toContain('try `/cyberviews note 24`.');
  });

  it('put a question straight after the command, and other arguments in order', () => {
    const commands = (part: CommandRef | string) => (typeof part === 'string' ? [] : [slackCommand(part)]);
    const usages = help().entries.flatMap((entry) => commands(entry.usage));
    expect(usages).toContain('/cyberviews <question>');
    expect(usages).toContain('/cyberviews subscribe daily|weekly [HH:MM] [topic]');
    const examples = help().entries.flatMap((entry) => commands(entry.example));
    expect(examples).toContain('/cyberviews what is cyber sovereignty');
    expect(examples).toContain('/cyberviews note 24');
  });

  it('show in the help as the user types them, never in Discord’s option form', () => {
    const text = JSON.stringify(renderHelp(help()).blocks);
    expect(text).toContain('`/cyberviews cite lower-hanging fruit`');
    expect(text).not.toMatch(/phrase:|number:|question:/);
  });
});
