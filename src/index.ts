// Public surface of the core: what the bot's entry point and its adapters import. Nothing here loads a
// database driver: `openStore` loads the one it chooses. (Maintainers' tools use src/tools.ts.)

export { DEFAULT_LIMIT, MAX_LIMIT } from './answer/answer.js';
export {
  answerFollowUp,
  type FollowUpForm,
  type FollowUpReply,
  readFollowUp,
  type Shown,
  shownBy,
} from './answer/followup.js';
export { help } from './commands/help.js';
export {
  askCommand,
  citeCommand,
  cleanInput,
  MAX_INPUT,
  NOTE_RANGE,
  parseCommand,
  SUBCOMMANDS,
  withoutMentionsIn,
} from './commands/parse.js';
export type * from './commands/types.js';
export {
  ConfigError,
  type CoreConfig,
  coreConfig,
  type Env,
  httpPort,
  type LogLevel,
  present,
  url,
} from './config.js';
export { formatCitation, formatNotes, formatPages, formatParagraphs } from './corpus/citation.js';
export { createCyberviews } from './cyberviews.js';
export {
  type ChannelDigests,
  createChannelDigests,
  executeInChannel,
  runInChannel,
  STORE_UNREACHABLE,
  unavailableDigests,
  type Where,
} from './digest/channels.js';
export { sourceKindsLabel } from './digest/extract.js';
export type { PostAttempt, PostPort, PostResult } from './digest/post.js';
export { Scheduler } from './digest/scheduler.js';
export { needsAdmin } from './digest/subscribe.js';
export type * from './digest/types.js';
export { type FeedbackReport, summariseVotes, toEvalSet, votesLine } from './feedback/report.js';
export { cleanReason, MAX_REASON, REASON_FORM, type StoredVote, THANKS, type Vote } from './feedback/vote.js';
export { castVote, keepReason, VOTE_NOT_RECORDED, type VoteOutcome } from './feedback/voting.js';
export {
  ACTION_STATE_PREFIX,
  type Action,
  decodeAction,
  decodeActionOf,
  encodeAction,
  encodeQuestionAction,
  type Replay,
} from './present/actions.js';
export { CITE_MATCHES_SHOWN, shownMatches } from './present/cite.js';
export { digestItemsLabel, digestMore, NOTHING_ON_IT, omittedQuestionsLine } from './present/digest.js';
export { mergeHighlights } from './present/highlight.js';
export {
  arg,
  type CommandArg,
  type CommandRef,
  command,
  commandRefs,
  joinMessages,
  type Message,
  message,
  placeholder,
  positionalArgs,
  renderMessage,
} from './present/message.js';
export * from './present/notice.js';
export { ANSWER_PAGE_SIZE, type Cost, nextAnswerPage, type Page, paginate } from './present/page.js';
export { isPersonal, isPersonalFollowUp } from './present/visibility.js';
export { type Caller, DEFAULT_RATE_LIMITS, RateLimiter, slowDownMessage } from './ratelimit/index.js';
export { resealInstallations } from './store/installations.js';
export { startRetention } from './store/retention.js';
export * from './store/store.js';
export { KEY_PATTERN, TokenCipher } from './store/token-cipher.js';
export type * from './types.js';
export { warmUp } from './warm-up.js';
