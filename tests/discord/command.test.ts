// Commands the core refers to, written the way a Discord user types them: subcommand and named options.

import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands/definition.js';
import { discordCommand, discordText } from '../../adapters/discord/render/command.js';
import { SUBSCRIBE_USAGE } from '../../src/digest/subscribe.js';
import { type CommandRef, commandRefs, help } from '../../src/index.js';
import { core } from './harness.js';

describe('discordCommand', () => {
  /** The help entry on a command, with its usage and example as the command references they are. */
  const entry = (name: string): { usage: CommandRef; example: CommandRef } => {
    const found = help().entries.find((e) => typeof e.usage !== 'string' && e.usage.command === name);
    if (found === undefined || typeof found.usage === 'string' || typeof found.example === 'string')
      throw new Error(`no help entry on the ${name} command`);
    return { usage: found.usage, example: found.example };
  };

  it.each([
    ['ask', '/cyberviews ask question: <question>', '/cyberviews ask question: what is cyber sovereignty'],
    ['cite', '/cyberviews cite phrase: <phrase>', '/cyberviews cite phrase: lower-hanging fruit'],
    ['note', '/cyberviews note number: <1–85>', '/cyberviews note number: 24'],
    ['digest', '/cyberviews digest [topic]', '/cyberviews digest topic: double standard'],
    [
      'subscribe',
      '/cyberviews subscribe cadence: daily|weekly [time: HH:MM] [topic]',
      '/cyberviews subscribe cadence: weekly time: 08:30 topic: cyber sovereignty',
    ],
    ['help', '/cyberviews help [command]', '/cyberviews help command: cite'],
    ['sections', '/cyberviews sections', '/cyberviews sections'],
  ])('writes the help on %s as Discord takes it', (name, usage, example) => {
    const found = entry(name);
    expect(discordCommand(found.usage)).toBe(usage);
    expect(discordCommand(found.example)).toBe(example);
  });

  it('gives one option the words meant for it (a weekday and a time both go in time:)', () => {
    expect(discordText(SUBSCRIBE_USAGE)).toContain(
      '`/cyberviews subscribe cadence: weekly [time: monday HH:MM] [topic]`',
    );
  });

  it('names only options the registered command has', () => {
    const [definition] = commandDefinitions();
    if (definition === undefined || !('options' in definition)) throw new Error('no chat-input command');
    const options = new Map(
      (definition.options ?? []).map((sub) => [
        sub.name,
        new Set(('options' in sub ? (sub.options ?? []) : []).map((o) => o.name)),
      ]),
    );
    const refs = [
      ...help()
        .entries.flatMap((e) => [e.usage, e.example])
        .filter((r) => typeof r !== 'string'),
      ...['note 86', 'cite', 'ask', 'digest x'.padEnd(600, 'x')].flatMap((line) => {
        const result = core().execute(line);
        return 'message' in result ? commandRefs(result.message) : [];
      }),
      ...commandRefs(core().ask('what is the current price of bitcoin').message ?? []),
      ...commandRefs(SUBSCRIBE_USAGE),
    ];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect(options.has(ref.command), ref.command).toBe(true);
      for (const a of ref.args)
        expect(options.get(ref.command)?.has(a.name), `${ref.command} ${a.name}`).toBe(true);
    }
  });
});

describe('discordText', () => {
  it('writes the commands in the core’s own messages in Discord’s form', () => {
    const result = core().note(86);
    if (result.kind !== 'error') throw new Error('note 86 should be out of range');
    const text = discordText(result.message);
    expect(text).toContain('`/cyberviews note number: 24`');
    expect(text).not.toContain('`/cyberviews note 24`');
  });

  it('leaves no Slack-style command in a refusal', () => {
    const text = discordText(core().ask('what is the current price of bitcoin').message ?? []);
    expect(text).toContain('Try `/cyberviews help`, or `/cyberviews about` for the article itself');
  });
});
