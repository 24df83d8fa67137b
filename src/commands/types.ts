// What a `/cyberviews …` line means (Command) and what the core answers (CommandResult).
// Every adapter (CLI, console, Slack, Discord) parses with the same parser and renders these results.

import type { Digest, SubscriptionView } from '../digest/types.js';
import type { CommandRef, Message } from '../present/message.js';
import type { Answer, ArticleMeta, CiteResult, NoteResult, OutlineEntry } from '../types.js';

export type Subcommand =
  | 'ask'
  | 'cite'
  | 'note'
  | 'sections'
  | 'about'
  | 'help'
  | 'digest'
  | 'subscribe'
  | 'unsubscribe'
  | 'subscriptions';

export type Command =
  | { kind: 'ask'; question: string }
  | { kind: 'cite'; phrase: string }
  | { kind: 'note'; note: number }
  | { kind: 'sections' }
  | { kind: 'about' }
  | { kind: 'help'; topic?: Subcommand }
  | { kind: 'digest'; topic?: string }
  | { kind: 'subscribe'; args: string }
  | { kind: 'unsubscribe' }
  | { kind: 'subscriptions' }
  /** The line could not be understood; `message` says what to type instead. */
  | { kind: 'invalid'; message: Message };

export interface About {
  meta: ArticleMeta;
  /** How to cite the whole article. */
  citation: string;
  coverage: string;
}

export interface HelpEntry {
  /**
   * The command with placeholders for what to type ("cite <phrase>"); plain text for what is done
   * without a command (a follow-up in a thread, a 👍/👎).
   */
  usage: CommandRef | string;
  description: string;
  /** The command with real arguments ("cite lower-hanging fruit"), or plain text as for `usage`. */
  example: CommandRef | string;
}

export interface Help {
  summary: string;
  entries: HelpEntry[];
}

export type CommandResult =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'cite'; result: CiteResult }
  | { kind: 'note'; result: NoteResult }
  | { kind: 'sections'; outline: OutlineEntry[] }
  | { kind: 'about'; about: About }
  | { kind: 'help'; help: Help }
  /** `digest [topic]`: the article section by section, or a topic's key passages grouped by section. */
  | { kind: 'digest'; digest: Digest }
  /** subscribe / unsubscribe / subscriptions in a channel: what changed and the channel's subscriptions. */
  | { kind: 'subscriptions'; message: Message; subscriptions: SubscriptionView[] }
  /** Input the user can fix: `message` tells them how. */
  | { kind: 'error'; message: Message }
  /** A feature this entry point does not offer (yet), e.g. digests before they exist. */
  | { kind: 'unavailable'; message: Message };

/** The core as every adapter sees it: built once at start-up by `createCyberviews()` (src/index.ts). */
export interface Cyberviews {
  readonly about: About;
  /** Questions written from the article that the bot answers: for autocomplete and help. */
  readonly suggestedQuestions: readonly string[];
  /** Ranked, cited passages for a question; `answered: false` when the article has nothing on it. */
  ask(question: string, options?: { limit?: number; offset?: number }): Answer;
  /** Where a phrase stands in the article (quick citation lookup). */
  cite(phrase: string): CiteResult;
  /** The passage carrying footnote marker `note`; an `error` result outside 1–85. */
  note(note: number): CommandResult;
  /** A passage by its stable id ("p16"), whole, for "Show full passage". */
  passage(id: string): import('../types.js').Passage | undefined;
  /** The quotations in a passage's paragraph, with the speaker the text names for each (for "who said it?"). */
  quotations(id: string): import('../types.js').Quotation[];
  /** Runs a parsed command. */
  run(command: Command): CommandResult;
  /** Parses a `/cyberviews` line ("cite lower-hanging fruit", "note 24", "what is …") and runs it. */
  execute(text: string): CommandResult;
}
