// The first questions a process answers pay for compiling what answering uses: large regular expressions
// (the conversation frames), the optimiser's first passes, memos filled on first use. Measured in one
// process: about 180 ms for the first question and 70 ms for the second, against a few milliseconds once
// warm. A long-running bot asks itself a few questions of every shape before it takes a user's first one.

import type { Cyberviews } from './commands/types.js';

/** Questions of every shape answering takes: plain, chat-framed, keywords, Chinese, out of scope. */
const SHAPES = [
  'hey quick q: what is cyber sovereignty? thx 🙏',
  'Sorry if this is a dumb question, but who is Hua Chunying?',
  'mfa denial hacking pg?',
  'how many root servers do chinese sources say are in the us',
  'when was ICANN founded',
  '网络主权是什么意思？',
  '美國對中國的網絡攻擊 文章點講',
  'what is the capital of France',
];

/** Asks the suggested questions and `SHAPES`, discarding the answers; returns how many were asked. */
export function warmUp(core: Pick<Cyberviews, 'ask' | 'suggestedQuestions'>): number {
  const questions = [...core.suggestedQuestions, ...SHAPES];
  for (const question of questions) core.ask(question);
  return questions.length;
}
