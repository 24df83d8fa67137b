// What `/cyberviews settings` shows: this server's choice of private answers, and how to change it.
// Settings are for the admin who asked, so the reply is always ephemeral.

import { COLOURS, finish, type Reply } from './reply.js';

export interface SettingsView {
  privateAnswers: boolean;
  /** True when the server's admins chose it; false when it is the bot's default. */
  chosen: boolean;
  /** True right after an admin changed it. */
  changed: boolean;
}

/** The state of private answers in words, as every settings reply states it. */
export function describePrivateAnswers(privateAnswers: boolean): string {
  return privateAnswers
    ? '**Private answers: on.** Answers, citations, notes, outlines and digests go only to the member who asked.'
    : '**Private answers: off.** Answers are posted in the channel for everyone to read; errors and help stay private.';
}

export function renderSettings(view: SettingsView): Reply {
  const lines = [
    `${view.changed ? 'Saved. ' : ''}${describePrivateAnswers(view.privateAnswers)}`,
    view.chosen
      ? 'Chosen for this server by its admins.'
      : 'This is the bot’s default; this server has not chosen yet.',
    `Change it with \`/cyberviews settings private_answers: ${view.privateAnswers ? 'False' : 'True'}\`.`,
  ];
  return finish({
    embeds: [{ color: COLOURS.answer, title: 'Settings for this server', description: lines.join('\n') }],
    components: [],
    ephemeral: true,
  });
}
