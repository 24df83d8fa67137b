// A core message as text for assertions on its words: commands written bare ("note 24"), as no
// platform writes them, so a test on wording does not depend on one platform's syntax.

import { type Message, positionalArgs, renderMessage } from '../../src/index.js';

export function text(message: Message | undefined): string {
  return renderMessage(message ?? [], (ref) => [ref.command, positionalArgs(ref.args)].join(' ').trim());
}
