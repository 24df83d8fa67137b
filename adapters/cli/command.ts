// Command references in the terminal's form: what to type after the prompt or in a shell
// (`cyberviews note 24`, `cyberviews ask what is cyber sovereignty`), without chat markup.

import { type CommandRef, type Message, positionalArgs, renderMessage } from '../../src/index.js';

/** "cyberviews note 24"; the console takes the same line. */
export function cliCommand(ref: CommandRef): string {
  return ['cyberviews', ref.command, positionalArgs(ref.args)].filter((word) => word !== '').join(' ');
}

/** A core message as plain text for the terminal. */
export function cliText(text: Message): string {
  return renderMessage(text, cliCommand);
}
