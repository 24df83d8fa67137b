// Command references in Slack's form: the slash command as a user types it, in backticks
// (`/cyberviews note 24`; a question follows the command directly).

import { type CommandRef, type Message, positionalArgs, renderMessage } from '../../../src/index.js';

/** "/cyberviews note 24"; "/cyberviews what is cyber sovereignty" for a question. */
export function slackCommand(ref: CommandRef): string {
  const args = positionalArgs(ref.args);
  const words = ref.command === 'ask' && args !== '' ? [args] : [ref.command, args];
  return ['/cyberviews', ...words].filter((word) => word !== '').join(' ');
}

/** A core message as Slack text: each command reference in backticks. Not yet escaped for mrkdwn. */
export function slackText(text: Message): string {
  return renderMessage(text, (ref) => `\`${slackCommand(ref)}\``);
}
