// The core with its answers computed beforehand, once per distinct command: for the bench's diagnostics
// of the request path alone (`--path`, `--load --answered`), so the core drops out of the timing. Never
// how the app runs: the app answers every command from scratch, with no answer cache.

import type { Command, CommandResult, Cyberviews } from '../src/index.js';

/** The core with each distinct command's result computed once: the core drops out of the timing. */
export function answeredBeforehand(core: Cyberviews): Cyberviews {
  const results = new Map<string, CommandResult>();
  const answers = new Map<string, ReturnType<Cyberviews['ask']>>();
  return {
    ...core,
    run: (command: Command) => {
      const key = JSON.stringify(command);
      let result = results.get(key);
      if (result === undefined) {
        result = core.run(command);
        results.set(key, result);
      }
      return result;
    },
    ask: (question, options) => {
      const key = JSON.stringify([question, options]);
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = core.ask(question, options);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}
