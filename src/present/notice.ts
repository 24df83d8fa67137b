// What the bot says when it has nothing to show: a question the article does not answer, a phrase it
// does not hold, an empty digest, a button whose state is gone, a failure on its side. Written once for
// every platform: a notice's text, and under it a hint saying what to type next (a platform may set the
// hint apart, as Slack does in a context line).

import type { Answer, CitedAcknowledgement } from '../types.js';
import { arg, command, type Message, message, placeholder } from './message.js';

export interface Notice {
  /** What happened; it may quote what the user typed. */
  text: Message;
  /** What to do next. */
  hint?: Message;
}

/** A notice from bare text, or as it stands. */
export function noticeOf(said: Notice | Message | string): Notice {
  if (typeof said === 'string') return { text: [said] };
  return 'text' in said ? said : { text: said };
}

const ASK_AGAIN = message`Ask the question again with ${command('ask', placeholder('question'))}.`;

/** A question the article does not answer: the core's message, and the question it suggests instead. */
export function refusalNotice(answer: Pick<Answer, 'message' | 'suggestion'>): Notice {
  const text = answer.message ?? message`The article does not seem to cover that.`;
  const { suggestion } = answer;
  if (suggestion === undefined) return { text };
  return {
    text,
    hint: message`Did you mean “${suggestion}”? Try ${command('ask', arg('question', suggestion))}.`,
  };
}

/** A page after the last of an answer's passages (a More clicked after the ranking changed). */
export const NO_MORE_PASSAGES: Notice = {
  text: message`No more passages for this question.`,
  hint: ASK_AGAIN,
};

/**
 * A phrase `cite` finds nowhere in the text (`phrase` as the platform shows it); when it stands in the
 * acknowledgement note instead, that note and how to cite it.
 */
export function phraseNotFound(phrase: string, acknowledgement?: CitedAcknowledgement): Notice {
  if (acknowledgement) {
    const page = String(acknowledgement.page);
    return {
      text: message`“${phrase}” is not in the article’s text but in its acknowledgement, the asterisked note at the foot of page ${page}: “${acknowledgement.text}”`,
      hint: message`The note has no number and no paragraph; cite it as ${acknowledgement.citation}.`,
    };
  }
  return {
    text: message`“${phrase}” does not appear in the article.`,
    hint: message`Check the wording, or try a shorter phrase (quote style, case and hyphens are ignored); or ask a question with ${command('ask', placeholder('question'))}.`,
  };
}

/** A digest with no items: the core's reason, and topics it does cover (else the whole article). */
export function emptyDigestNotice(reason: string | undefined, suggestions: readonly string[] = []): Notice {
  const topics = suggestions.flatMap((topic, i) => [
    i > 0 ? ' · ' : '',
    command('digest', arg('topic', topic)),
  ]);
  return {
    text: [reason ?? 'Nothing to show.'],
    hint:
      topics.length > 0
        ? message`Try a topic it covers: ${topics}`
        : message`Try ${command('digest')} for the whole article.`,
  };
}

/** A click on a button whose state is gone, or that this bot (this version) did not make. */
export const STALE_BUTTON: Notice = { text: message`That button has expired.`, hint: ASK_AGAIN };

/** Show full passage, for a passage the article does not hold (any more). */
export const PASSAGE_GONE: Notice = {
  text: message`That passage is not in the article any more.`,
  hint: message`Ask the question again, or browse the article with ${command('sections')}.`,
};

/** Something failed on the bot's side (logged there, never shown raw). */
export const SORRY: Notice = {
  text: message`Sorry, something went wrong on my side.`,
  hint: message`Try again in a moment, or see what works with ${command('help')}.`,
};

/** Under an input error (which already says what to type): where to see everything else. */
export const ERROR_HINT: Message = message`See what the bot understands with ${command('help')}.`;

/** Under a feature not available here. */
export const UNAVAILABLE_HINT: Message = message`Everything else works already: ask a question, or see ${command('help')}.`;
