// The local console: with no chat credentials, `npm start` answers each line typed (or piped) as a
// `cyberviews` command (as the terminal writes them), over the embedded article, and exits cleanly at end of input.

import { createInterface } from 'node:readline';
import type { Cyberviews } from '../../src/index.js';
import { ANSI, formatResult, PLAIN } from './format.js';

export const NO_CREDENTIALS = `No Slack or Discord credentials found, so cyberviews is running as a local console.
To connect it to chat, put SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (Slack) and/or DISCORD_TOKEN and
DISCORD_APPLICATION_ID (Discord) in the environment or in .env (see .env.example), then run npm start again.
Type a question, or "help"; each line is read as a cyberviews command (cyberviews help, cyberviews cite <phrase>). End with Ctrl-D.`;

export async function runConsole(
  core: Cyberviews,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  output.write(`${NO_CREDENTIALS}\n`);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  if (interactive) output.write('> ');
  for await (const line of lines) {
    if (line.trim() !== '') {
      const typed = line.trim().replace(/^\/?cyberviews\s+/i, '');
      output.write(`\ncyberviews ${typed.slice(0, 80)}\n`);
      output.write(`${formatResult(core.execute(line), interactive ? ANSI : PLAIN)}\n`);
    }
    if (interactive) output.write('> ');
  }
}
