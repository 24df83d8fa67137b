// `/cyberviews …` as a Slack user types it: signed form posts in, the answer back in the acknowledgement
// (the response_url only for commands that wait on the Web API).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boldRanges } from '../../adapters/slack/render/passage.js';
import { MAX_INPUT } from '../../src/index.js';
import { limitViolations } from '../fakes/slack/limits.js';
import { ackMessage } from '../fakes/slack/slack.js';
import { type Harness, startHarness } from './harness.js';
import { buttons, contexts, controlSequences, excerpts, type Message, visibleText } from './messages.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

/** Runs the slash command and returns the status of the ack and the message it carries. */
async function slash(text: string): Promise<{ status: number; message: Message; responseUrl: string }> {
  const responseUrl = h.responses.url();
  const response = await h.slack.command({ text, responseUrl });
  return { status: response.status, message: ackMessage(response), responseUrl };
}

const unformat = (mrkdwn: string) =>
  mrkdwn
    .replace(/^>/, '')
    .replace(/\*/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('/cyberviews <question>', () => {
  // How fast the ack goes is measured by `npm run bench` (ack p99), not asserted here.
  it('answers in the acknowledgement itself, ephemeral', async () => {
    const { status, message } = await slash('what is cyber sovereignty');
    expect(status).toBe(200);
    expect(message.response_type).toBe('ephemeral');
    expect(excerpts(message).length).toBeGreaterThan(0);
  });

  it('posts nothing to the response_url when the answer rode on the ack', async () => {
    const { responseUrl } = await slash('note 24');
    // A second request proves the first was fully handled before looking.
    await slash('about');
    expect(h.responses.all(responseUrl)).toEqual([]);
  });

  it('shows the core’s top passages, each excerpt with the matched words in bold', async () => {
    const question = 'what is cyber sovereignty';
    const expected = h.core.ask(question);
    const { message } = await slash(question);
    const shown = excerpts(message);
    expect(expected.passages.length).toBeGreaterThan(0);
    expect(shown).toHaveLength(expected.passages.length);
    expected.passages.forEach((passage, i) => {
      expect(unformat(shown[i] ?? '')).toBe(passage.excerpt.replace(/\s/g, ' '));
    });
    const first = expected.passages[0];
    const bold = first && boldRanges(first.excerpt, first.highlights)[0];
    if (first === undefined || bold === undefined) throw new Error('expected a highlighted passage');
    expect(shown[0]).toContain(`*${first.excerpt.slice(bold.start, bold.end)}*`);
  });

  it('cites each passage (pages, ¶, notes) and links to the source', async () => {
    const expected = h.core.ask('Is there a risk of a cyber arms race between Washington and Beijing?');
    const { message } = await slash('Is there a risk of a cyber arms race between Washington and Beijing?');
    const lines = contexts(message).slice(1);
    expect(lines).toHaveLength(expected.passages.length);
    expected.passages.forEach((passage, i) => {
      const line = lines[i] ?? '';
      expect(line).toContain(`¶${passage.paragraph}`);
      expect(line).toMatch(/pp?\. \d+/);
      expect(line).toContain(`<${h.core.about.meta.url}|`);
    });
  });

  it('escapes the article’s own ampersands (S&ED)', async () => {
    const { message } = await slash('When was the first US-China cybersecurity working group dialogue held?');
    const text = excerpts(message).join('\n');
    expect(text).toContain('S&amp;ED');
    expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  });

  it('offers Share in channel, More results and Show full passage', async () => {
    const { message } = await slash('How do Chinese sources define cybersecurity?');
    const labels = buttons(message).map((b) => b.label);
    expect(labels).toContain('Share in channel');
    expect(labels).toContain('More results');
    expect(labels.filter((l) => l === 'Show full passage')).toHaveLength(excerpts(message).length);
  });

  it('gives every button in a message its own action_id', async () => {
    const { message } = await slash('How do Chinese sources define cybersecurity?');
    const ids = buttons(message).map((b) => b.actionId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('user text echoed back is inert', () => {
  it('drops <!channel>, <!here> and <@U…> from a question and still answers it', async () => {
    const { message } = await slash('<!channel> <!here> <@U0EVIL01> what is cyber sovereignty');
    expect(excerpts(message).length).toBeGreaterThan(0);
    expect(contexts(message)[0]).toContain('what is cyber sovereignty');
    expect(controlSequences(message).every((s) => s.startsWith(`<${h.core.about.meta.url}|`))).toBe(true);
  });

  it('echoes mention-like text typed literally as escaped text', async () => {
    // Slack escapes brackets a user types as text: this is "<!channel> <@U0EVIL01>" typed, not a mention.
    const { message } = await slash('cite &lt;!channel&gt; &lt;@U0EVIL01&gt; nowhere to be found');
    expect(visibleText(message)).toContain('&lt;!channel&gt; &lt;@U0EVIL01&gt;');
    expect(visibleText(message)).not.toMatch(/<[!@#]/);
  });

  it('keeps a refusal free of control sequences as well', async () => {
    const { message } = await slash('<!everyone> <@U0EVIL01> <#C0GENERAL|general> best pizza in town');
    expect(controlSequences(message).every((s) => s.startsWith('<http'))).toBe(true);
    expect(visibleText(message)).not.toMatch(/<[!@#]/);
  });
});

describe('input the article cannot answer', () => {
  it('explains an out-of-scope question briefly, only to the asker', async () => {
    const { message } = await slash('how do I bake sourdough bread?');
    expect(message.response_type).toBe('ephemeral');
    expect(excerpts(message)).toEqual([]);
    expect(buttons(message).map((b) => b.label)).not.toContain('Share in channel');
    expect(visibleText(message).length).toBeLessThan(1200);
    expect(visibleText(message)).not.toMatch(/Error|stack|at .*\.js/);
  });

  it('shows help for an empty command', async () => {
    const { message } = await slash('');
    expect(message.response_type).toBe('ephemeral');
    // The help's own lines: the refusal says "cite" too ("how to cite").
    expect(visibleText(message)).toContain('`/cyberviews cite &lt;phrase&gt;`');
    expect(visibleText(message)).toContain('`/cyberviews note &lt;1–85&gt;`');
  });

  it('answers a 4,000-character question with a short explanation inside Slack’s limits', async () => {
    const long = 'Why does China see U.S. cyber policy as a threat to its sovereignty? '
      .repeat(58)
      .slice(0, 4000);
    expect(long).toHaveLength(4000);
    const { status, message } = await slash(long);
    expect(status).toBe(200);
    expect(message.response_type).toBe('ephemeral');
    expect(limitViolations(message)).toEqual([]);
    expect(visibleText(message)).toContain(String(MAX_INPUT));
    expect(visibleText(message).length).toBeLessThan(1000);
    expect(visibleText(message)).not.toMatch(/Error|stack|at .*\.js/);
  });
});

describe('subcommands', () => {
  it('cite: where a phrase stands, with its citation', async () => {
    const expected = h.core.cite('lower-hanging fruit');
    const { message } = await slash('cite lower-hanging fruit');
    const top = expected.matches[0];
    if (top === undefined) throw new Error('the core found no match for the cite example');
    expect(contexts(message).join('\n')).toContain(`p. ${top.page}`);
    expect(buttons(message).map((b) => b.label)).toContain('Share in channel');
  });

  it('cite: says politely when a phrase is not in the article', async () => {
    const { message } = await slash('cite purple elephants dancing');
    expect(visibleText(message)).toMatch(/does not appear in the article/);
  });

  it('note: the passage carrying footnote marker 24', async () => {
    const result = h.core.note(24);
    if (result.kind !== 'note') throw new Error('the core has no note 24');
    const { message } = await slash('note 24');
    expect(visibleText(message)).toContain('Note 24');
    expect(contexts(message).join('\n')).toContain(`¶${result.result.passage.paragraph}`);
  });

  it('note: a number outside 1–85 gets the core’s advice, ephemeral', async () => {
    const { message } = await slash('note 99');
    expect(message.response_type).toBe('ephemeral');
    expect(visibleText(message)).toMatch(/85/);
  });

  it('sections: the article’s outline with pages', async () => {
    const outline = h.core.execute('sections');
    if (outline.kind !== 'sections') throw new Error('sections did not return an outline');
    const { message } = await slash('sections');
    for (const entry of outline.outline)
      expect(visibleText(message)).toContain(entry.title.replace(/&/g, '&amp;'));
  });

  it('about: title, author and a link to the source', async () => {
    const { message } = await slash('about');
    const text = visibleText(message);
    expect(text).toContain('Chinese Views on Cybersecurity in Foreign Relations');
    expect(text).toContain('Michael D. Swaine');
    expect(text).toContain(`<${h.core.about.meta.url}|`);
  });

  it('help: every subcommand with an example', async () => {
    const { message } = await slash('help');
    for (const word of ['cite', 'note', 'sections', 'about']) expect(visibleText(message)).toContain(word);
  });

  it('a cron schedule acks empty and answers at the response_url after asking users.info', async () => {
    const responseUrl = h.responses.url();
    const response = await h.slack.command({ text: 'subscribe cron 0 9 * * 1', responseUrl });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    const message = await h.responses.first(responseUrl);
    expect(message.response_type).toBe('ephemeral');
    expect(message.replace_original).toBe(false);
    expect(visibleText(message)).toMatch(/not available/);
    expect(h.api.callsTo('users.info').map((call) => call.body.user)).toContain('U0ASKER01');
  });

  it('without a database: digest still works; subscribe, unsubscribe, subscriptions say they are not available', async () => {
    const expected: [string, RegExp][] = [
      ['digest', /section by section/],
      ['subscribe daily', /Scheduled digests are not available/],
      ['unsubscribe', /Scheduled digests are not available/],
      ['subscriptions', /Scheduled digests are not available/],
    ];
    for (const [line, says] of expected) {
      const { message } = await slash(line);
      expect(message.response_type).toBe('ephemeral');
      expect(limitViolations(message)).toEqual([]);
      expect(visibleText(message), line).toMatch(says);
    }
  });
});
