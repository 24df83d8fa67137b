// The `/cyberviews` slash command: acknowledge at once, answer through respond() (ephemeral).

import type { App } from '@slack/bolt';
import type { Cyberviews } from '../../../src/commands/types.js';
import { plainText } from '../render/escape.js';
import { replyToText } from '../reply.js';

export const COMMAND = '/cyberviews';

export function registerCommands(app: App, core: Cyberviews): void {
  app.command(COMMAND, async ({ command, ack, respond, logger }) => {
    // Ack first and empty: Slack gives three seconds, and the answer goes to the response_url.
    await ack();
    const reply = replyToText(core, plainText(command.text ?? ''), { shareable: true, logger });
    await respond({ response_type: 'ephemeral', replace_original: false, ...reply.message });
  });
}
