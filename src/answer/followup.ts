// Follow-ups in a conversation: a few fixed forms ("what page is that on?", "who said it?", "cite it",
// "more", "show the full passage") answered from what the bot showed last there, instead of searching
// the article for "that". Anything else is a fresh question. Pure and deterministic: the same words and
// the same memory give the same reply.

import type { Cyberviews } from '../commands/types.js';
import { ACKNOWLEDGEMENT_PARAGRAPH, formatNotes } from '../corpus/citation.js';
import { ANSWER_PAGE_SIZE, nextAnswerPage } from '../present/page.js';
import type { Answer, Passage, Quotation } from '../types.js';

/** What an answer showed: enough to show it again, continue it, or say where its top passage stands. */
export interface Shown {
  question: string;
  /** Rank of the first passage shown, 0-based. */
  offset: number;
  /** Ids of the passages shown, best first ("p16"). */
  passages: string[];
  /** Where the next page starts; null when the core ranked no more. */
  next: number | null;
}

export type FollowUpForm = 'page' | 'speaker' | 'citation' | 'more' | 'full';

export type FollowUpReply =
  /** Where the top passage stands, who it quotes, or how to cite it, with the passage itself. */
  | { kind: 'detail'; form: 'page' | 'speaker' | 'citation'; message: string; passage: Passage }
  /** The next page of the answer, and what it shows (the conversation's new memory). */
  | { kind: 'answer'; answer: Answer; offset: number; shown: Shown }
  /** The whole paragraph behind the top passage. */
  | { kind: 'full'; passage: Passage }
  /** Nothing to show (no more results, or the passage is gone), and what to do instead. */
  | { kind: 'notice'; message: string };

/** The part of the core a follow-up needs. */
export type FollowUpCore = Pick<Cyberviews, 'ask' | 'passage' | 'quotations' | 'about'>;

const THAT = '(?:that|this|it|these|those|that one|this one|that passage|this passage)';

const FORMS: [FollowUpForm, RegExp][] = [
  [
    'page',
    new RegExp(
      `^(?:(?:on )?(?:what|which) page(?: number)?(?: (?:is|was|are) ${THAT})?(?: (?:on|from|in))?|page(?: number)?|where (?:is|was) ${THAT}(?: in the article)?)$`,
    ),
  ],
  [
    'speaker',
    new RegExp(
      `^(?:who (?:said|says|wrote|writes|is quoted|was quoted|is speaking|is talking|is that|was that)(?: ${THAT}| so| there)?|whose (?:words|quote|quotation) (?:is|are|was) ${THAT}|who(?: is|'s) (?:the speaker|quoted|speaking)|speaker)$`,
    ),
  ],
  [
    'citation',
    new RegExp(
      `^(?:(?:cite|citation|source|sources|reference)(?: for)?(?: ${THAT})?|how (?:do|should|can|would) (?:i|we|you) cite ${THAT}|(?:what is|what's|whats) the (?:citation|source|reference)(?: for ${THAT})?|(?:which|what) (?:note|footnote|notes|footnotes)(?: (?:is|are) ${THAT})?)$`,
    ),
  ],
  [
    'more',
    /^(?:more|show more|more results|next|the next one|next one|next page|the next|next result|next results|another|another one|any more|anymore|anything else|go on|continue|keep going)$/,
  ],
  [
    'full',
    /^(?:show |read |see )?(?:me )?(?:the )?(?:full|whole|entire|complete) (?:passage|paragraph|text|thing)$/,
  ],
];

/** Words around a follow-up that change nothing ("ok, and what page is that on, please?"). */
function bare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[?!.,;:…]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:ok|okay|thanks|thank you|great|cool|and|so|but|then|hm+|also)\s+)+/, '')
    .replace(/\s+(?:please|pls|then|again|thanks|thank you)$/, '')
    .trim();
}

/** The follow-up form `text` is, or undefined: then it is a fresh question. */
export function readFollowUp(text: string): FollowUpForm | undefined {
  const words = bare(text);
  if (words === '' || words.length > 80) return undefined;
  return FORMS.find(([, pattern]) => pattern.test(words))?.[0];
}

/** What the memory's answer shows: its page, as the core ranks it now. */
function shownAnswer(core: FollowUpCore, shown: Shown): Answer {
  return core.ask(shown.question, { offset: shown.offset, limit: ANSWER_PAGE_SIZE });
}

/** The top passage shown last, with the excerpt it was shown with (the core is deterministic). */
function topPassage(core: FollowUpCore, shown: Shown): Passage | undefined {
  const id = shown.passages[0];
  if (id === undefined) return undefined;
  return shownAnswer(core, shown).passages.find((passage) => passage.id === id) ?? core.passage(id);
}

const pages = (passage: Passage) =>
  passage.pages[0] === passage.pages[1]
    ? `page ${passage.pages[0]}`
    : `pages ${passage.pages[0]}–${passage.pages[1]}`;

const where = (passage: Passage) =>
  passage.paragraph === ACKNOWLEDGEMENT_PARAGRAPH
    ? 'the acknowledgement note (*) at the foot of the page'
    : `paragraph ${passage.paragraph}, in “${passage.section}”`;

/** Quotations in the shown excerpt (the whole paragraph's when the excerpt holds none). */
function quotedIn(passage: Passage, quotations: readonly Quotation[]): Quotation[] {
  const start = passage.text.indexOf(passage.excerpt);
  if (start < 0) return [...quotations];
  const end = start + passage.excerpt.length;
  const inExcerpt = quotations.filter((q) => q.start < end && q.end > start);
  return inExcerpt.length > 0 ? inExcerpt : [...quotations];
}

const SHORT_QUOTE = 120;
/** A quotation in curly quotes, cut to a readable length. */
function shortQuote(text: string): string {
  const inner = text.replace(/^[“"]|[”"]$/g, '').replace(/[,;:]$/, '');
  return `“${inner.length <= SHORT_QUOTE ? inner : `${inner.slice(0, SHORT_QUOTE - 1).trimEnd()}…`}”`;
}

function speakerMessage(core: FollowUpCore, passage: Passage): string {
  const quotations = quotedIn(passage, core.quotations(passage.id));
  const named = quotations.filter((q) => q.speaker !== undefined);
  const notes = formatNotes(passage.notes);
  const sourced = notes === '' ? '' : ` (sources in ${notes})`;
  if (named.length > 0) {
    const bySpeaker = new Map<string, string[]>();
    for (const q of named.slice(0, 3)) {
      const speaker = q.speaker ?? '';
      bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), shortQuote(q.text)]);
    }
    const lines = [...bySpeaker].map(([speaker, quotes]) => `${speaker}: ${quotes.join(' … ')}`);
    return `The passage quotes ${lines.join('; ')}${sourced}.`;
  }
  const author = core.about.meta.author;
  if (quotations.length > 0)
    return `The passage quotes ${shortQuote(quotations[0]?.text ?? '')} without naming who said it in the text${sourced}.`;
  return `No one is quoted there: it is ${author}’s own account${sourced}.`;
}

const NO_PASSAGE =
  'I could not find the passage I showed last any more. Ask the question again to get fresh results.';

/** Answers a follow-up from what the bot showed last in the conversation. */
export function answerFollowUp(core: FollowUpCore, form: FollowUpForm, shown: Shown): FollowUpReply {
  if (form === 'more') {
    if (shown.next === null)
      return {
        kind: 'notice',
        message: `That was everything the article has on “${shown.question}”. Ask another question, or ask “what page is that on?”.`,
      };
    const offset = shown.next;
    const answer = core.ask(shown.question, { offset, limit: ANSWER_PAGE_SIZE });
    if (!answer.answered || answer.passages.length === 0)
      return { kind: 'notice', message: `No more passages on “${shown.question}”.` };
    const next = nextAnswerPage(answer, offset);
    return {
      kind: 'answer',
      answer,
      offset,
      shown: {
        question: shown.question,
        offset,
        passages: answer.passages.slice(0, ANSWER_PAGE_SIZE).map((passage) => passage.id),
        next: next ?? null,
      },
    };
  }
  const passage = topPassage(core, shown);
  if (passage === undefined) return { kind: 'notice', message: NO_PASSAGE };
  switch (form) {
    case 'full':
      return { kind: 'full', passage: core.passage(passage.id) ?? passage };
    case 'page':
      return {
        kind: 'detail',
        form,
        message: `That passage is on ${pages(passage)} of the article (${where(passage)}).`,
        passage,
      };
    case 'citation':
      return { kind: 'detail', form, message: `Cite it as: ${passage.citation}`, passage };
    case 'speaker':
      return { kind: 'detail', form, message: speakerMessage(core, passage), passage };
  }
}

/** What an answer page shows, for the conversation's memory; undefined when it shows no passage. */
export function shownBy(answer: Answer, offset: number): Shown | undefined {
  const passages = answer.passages.slice(0, ANSWER_PAGE_SIZE).map((passage) => passage.id);
  if (!answer.answered || passages.length === 0) return undefined;
  return { question: answer.query, offset, passages, next: nextAnswerPage(answer, offset) ?? null };
}
