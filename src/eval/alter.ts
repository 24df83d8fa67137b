// How a question is typed in a channel, simulated: the labelled questions altered the way people alter
// them (an opener and a closer around them, one typo), each deterministic from a seed, so a robustness
// figure can be cross-validated and compared between two builds on the same altered questions.

/** Openers and closers people type around a question (tests/eval/wrappers/*.json, written by helpers). */
export interface Wrappers {
  openers: string[];
  closers: string[];
}

/** A deterministic stream of numbers in [0, 1) from a seed (a linear congruential generator). */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

/** The question with an opener before it and a closer after it; Chinese without the spaces, half the time. */
export function wrapped(question: string, wrappers: Wrappers, random: () => number): string {
  const opener = pick(wrappers.openers, random);
  const closer = pick(wrappers.closers, random);
  const space = /\p{Script=Han}/u.test(question) && random() < 0.5 ? '' : ' ';
  return `${opener}${space}${question}${space}${closer}`;
}

const LETTERS = 'qwertyuiopasdfghjklzxcvbnm';

/**
 * The question with one typo in one of its words of five letters or more, never the first letter: a
 * letter left out, two swapped, one put in or one changed, a quarter of the time each.
 */
export function withTypo(question: string, random: () => number): string {
  const words = [...question.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return question;
  // Swapping two same letters ("attacks") or changing one to itself types the word right: again.
  for (let tries = 0; tries < 10; tries++) {
    const typed = oneTypo(question, words, random);
    if (typed !== question) return typed;
  }
  return question;
}

function oneTypo(question: string, words: readonly RegExpExecArray[], random: () => number): string {
  const match = pick(words, random);
  const word = match[0];
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const typed =
    kind === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : kind === 1
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : kind === 2
          ? word.slice(0, at) + pick([...LETTERS], random) + word.slice(at)
          : word.slice(0, at) + pick([...LETTERS], random) + word.slice(at + 1);
  return question.slice(0, match.index) + typed + question.slice((match.index ?? 0) + word.length);
}
