// Command references in Discord's form: the subcommand and its named options as Discord's client shows
// them (`/cyberviews note number: 24`, `/cyberviews ask question: …`, `[topic]` for an optional one).

import type { CommandArg, CommandRef, Message } from '../../../src/index.js';
import { renderMessage } from '../../../src/index.js';

/** One option: `name: value`; a placeholder's value in angle brackets; an optional option in square ones. */
function option(name: string, args: readonly CommandArg[]): string {
  const value = args.map((a) => a.value).join(' ');
  const optional = args.every((a) => a.optional);
  const placeholder = args.every((a) => a.placeholder);
  if (optional) return placeholder && value === name ? `[${name}]` : `[${name}: ${value}]`;
  return placeholder ? `${name}: <${value}>` : `${name}: ${value}`;
}

/** "/cyberviews note number: 24"; arguments given to one option ("monday", "HH:MM" as time) share it. */
export function discordCommand(ref: CommandRef): string {
  const groups: { name: string; args: CommandArg[] }[] = [];
  for (const a of ref.args) {
    const last = groups.at(-1);
    if (last?.name === a.name) last.args.push(a);
    else groups.push({ name: a.name, args: [a] });
  }
  return ['/cyberviews', ref.command, ...groups.map((g) => option(g.name, g.args))].join(' ');
}

/** A core message as Discord markdown: each command reference in backticks (a backtick inside becomes '). */
export function discordText(text: Message | string): string {
  if (typeof text === 'string') return text;
  return renderMessage(text, (ref) => `\`${discordCommand(ref).replaceAll('`', "'")}\``);
}
