// The /cyberviews command as registered: names, descriptions and option bounds Discord accepts.

import { ApplicationCommandOptionType, SlashCommandSubcommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands/definition.js';

const [command] = commandDefinitions();
const subcommands = ((command && 'options' in command ? command.options : undefined) ?? []) as {
  name: string;
  description: string;
  type: number;
  options?: Record<string, unknown>[];
}[];
const sub = (name: string) => subcommands.find((s) => s.name === name);
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('/cyberviews definition', () => {
  it('help can be narrowed to any subcommand, as a choice', () => {
    const choices = (sub('help')?.options?.[0]?.choices ?? []) as { value: string }[];
    expect(choices.map((choice) => choice.value)).toEqual(subcommands.map((s) => s.name));
  });

  it('is one chat-input command named cyberviews', () => {
    expect(commandDefinitions()).toHaveLength(1);
    expect(command?.name).toBe('cyberviews');
  });

  it('has the subcommands ask, cite, note, sections, about, digest, subscribe, unsubscribe, subscriptions, settings, help', () => {
    expect(subcommands.map((s) => s.name)).toEqual([
      'ask',
      'cite',
      'note',
      'sections',
      'about',
      'digest',
      'subscribe',
      'unsubscribe',
      'subscriptions',
      'settings',
      'help',
    ]);
    for (const s of subcommands) expect(s.type).toBe(ApplicationCommandOptionType.Subcommand);
  });

  it('is built by discord.js’s SlashCommandBuilder, which refuses what Discord would', () => {
    // The builder checks at definition time; a description over 100 characters never reaches a PUT.
    expect(() =>
      new SlashCommandSubcommandBuilder().setName('ask').setDescription('x'.repeat(101)),
    ).toThrow();
    expect(() => new SlashCommandSubcommandBuilder().setName('Ask Me')).toThrow();
  });

  it('uses names and descriptions Discord accepts (lowercase ≤32, description 1–100)', () => {
    const all = [command, ...subcommands, ...subcommands.flatMap((s) => s.options ?? [])] as {
      name: string;
      description: string;
    }[];
    for (const item of all) {
      expect(item.name).toMatch(NAME);
      expect(item.description.length).toBeGreaterThan(0);
      expect(item.description.length).toBeLessThanOrEqual(100);
    }
    expect(subcommands.length).toBeLessThanOrEqual(25);
  });

  it('ask takes a required, bounded question with autocomplete', () => {
    expect(sub('ask')?.options?.[0]).toMatchObject({
      name: 'question',
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: 500,
      autocomplete: true,
    });
  });

  it('cite takes a required, bounded phrase', () => {
    expect(sub('cite')?.options?.[0]).toMatchObject({ name: 'phrase', required: true, max_length: 500 });
  });

  it('settings takes an optional boolean private_answers', () => {
    expect(sub('settings')?.options).toEqual([
      expect.objectContaining({
        name: 'private_answers',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      }),
    ]);
  });

  it('is not limited to admins as a whole (settings checks Manage Server itself, ask stays open to all)', () => {
    // What goes over the wire: no permission field at all (Discord's default, everyone may use it).
    expect('default_member_permissions' in JSON.parse(JSON.stringify(command))).toBe(false);
  });

  it('note takes an integer from 1 to 85', () => {
    expect(sub('note')?.options?.[0]).toMatchObject({
      name: 'number',
      type: ApplicationCommandOptionType.Integer,
      required: true,
      min_value: 1,
      max_value: 85,
    });
  });
});
