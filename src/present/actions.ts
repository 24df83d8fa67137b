// What a button does, and the state it carries, decided once for every platform. A click comes back
// with nothing but the string the button was given (Slack's `value`, Discord's `custom_id`), so that
// string holds everything the click needs: one versioned encoding, bounded by the platform's limit,
// which both adapters put on their buttons and read back the same way.

/** How to produce a message again: run the same command line, or continue an answer or a digest. */
export type Replay =
  | { kind: 'command'; text: string }
  /**
   * An answer page from `offset`. `question` null: the question the clicked message answers, for a
   * platform whose button ids are too short to hold it (Discord's 100 characters; questions run to 500).
   */
  | { kind: 'ask'; question: string | null; offset: number }
  /** The rest of a digest that did not fit one message (topic null: the whole-article digest). */
  | { kind: 'digest'; topic: string | null; offset: number };

export type Action =
  /** Post the same message for everyone (offered on messages only the asker sees). */
  | { kind: 'share'; replay: Replay }
  /** The next page of an answer or a digest. */
  | { kind: 'more'; replay: Replay }
  /** The whole paragraph behind a passage, by its stable id ("p16"). */
  | { kind: 'full'; passage: string }
  /** Ask a question the bot suggested ("Did you mean …"). */
  | { kind: 'ask'; question: string }
  /**
   * 👍 or 👎 on an answer: the question and the passages it showed, by id. `question` null: the question
   * the clicked message answers (Discord's ids are too short to hold it, as for More results).
   */
  | { kind: 'vote'; helpful: boolean; question: string | null; passages: string[] }
  /** The optional reason given for a 👎 (the form's state): the vote it explains, by its stored id. */
  | { kind: 'reason'; vote: number }
  /**
   * Follow up on an answer page where replies to it cannot be read (Discord over HTTP): the button and
   * the form it opens carry the page, by its question and where it starts. `question` null: the one the
   * clicked message answers (its footer), as for More results.
   */
  | { kind: 'followup'; question: string | null; offset: number };

/** Every state string starts with this; a string from another version (or another app) decodes to nothing. */
export const ACTION_STATE_PREFIX = 'cv1:';

const PASSAGE_ID = /^[\w-]{1,64}$/;
const OFFSET = /^\d{1,6}$/;
const VOTE_ID = /^\d{1,15}$/;
/** A page shows at most a handful of passages; more ids than this are not state this version made. */
const MAX_VOTED_PASSAGES = 10;

function encodeReplay(replay: Replay): string {
  switch (replay.kind) {
    case 'command':
      return `c:${replay.text}`;
    case 'ask':
      return `q${replay.question === null ? '-' : ''}:${replay.offset}:${replay.question ?? ''}`;
    case 'digest':
      return `d${replay.topic === null ? '-' : ''}:${replay.offset}:${replay.topic ?? ''}`;
  }
}

/**
 * The state string for `action`, or undefined when it would be longer than `maxLength` (the platform's
 * limit on a button's value or id): then the button is not offered, rather than carrying a cut question.
 */
export function encodeAction(action: Action, maxLength: number): string | undefined {
  let body: string;
  switch (action.kind) {
    case 'share':
      body = `s${encodeReplay(action.replay)}`;
      break;
    case 'more':
      body = `m${encodeReplay(action.replay)}`;
      break;
    case 'full':
      if (!PASSAGE_ID.test(action.passage)) return undefined;
      body = `f:${action.passage}`;
      break;
    case 'ask':
      body = `a:${action.question}`;
      break;
    case 'vote':
      if (
        action.passages.length > MAX_VOTED_PASSAGES ||
        !action.passages.every((id) => PASSAGE_ID.test(id)) ||
        action.question === ''
      )
        return undefined;
      body = `v:${action.helpful ? '+' : '-'}:${action.passages.join(',')}:${action.question ?? ''}`;
      break;
    case 'reason':
      if (!Number.isSafeInteger(action.vote) || action.vote < 0) return undefined;
      body = `r:${action.vote}`;
      break;
    case 'followup':
      if (
        !Number.isSafeInteger(action.offset) ||
        !OFFSET.test(String(action.offset)) ||
        action.question === ''
      )
        return undefined;
      body = `u:${action.offset}:${action.question ?? ''}`;
      break;
  }
  const state = `${ACTION_STATE_PREFIX}${body}`;
  return state.length <= maxLength ? state : undefined;
}

/**
 * The state string for an action about a question, with the question when it fits `maxLength`, else with
 * none (null: the question the clicked message answers, for a platform that keeps it in the message).
 */
export function encodeQuestionAction(
  action: (question: string | null) => Action,
  question: string | null,
  maxLength: number,
): string | undefined {
  return (
    (question === null ? undefined : encodeAction(action(question), maxLength)) ??
    encodeAction(action(null), maxLength)
  );
}

/** Text after the first `:` of `rest`, and what came before it. */
function split(rest: string): [string, string] | undefined {
  const colon = rest.indexOf(':');
  return colon < 0 ? undefined : [rest.slice(0, colon), rest.slice(colon + 1)];
}

function decodeReplay(body: string): Replay | undefined {
  const [tag, rest] = split(body) ?? [];
  if (tag === undefined || rest === undefined) return undefined;
  if (tag === 'c') return { kind: 'command', text: rest };
  const [offsetText, text] = split(rest) ?? [];
  if (offsetText === undefined || text === undefined || !OFFSET.test(offsetText)) return undefined;
  const offset = Number(offsetText);
  switch (tag) {
    case 'q':
      return text === '' ? undefined : { kind: 'ask', question: text, offset };
    case 'q-':
      return text === '' ? { kind: 'ask', question: null, offset } : undefined;
    case 'd':
      return text === '' ? undefined : { kind: 'digest', topic: text, offset };
    case 'd-':
      return text === '' ? { kind: 'digest', topic: null, offset } : undefined;
    default:
      return undefined;
  }
}

/** The action a clicked button stands for; undefined for state this version did not make. */
export function decodeAction(state: string | undefined): Action | undefined {
  if (state === undefined || !state.startsWith(ACTION_STATE_PREFIX)) return undefined;
  const body = state.slice(ACTION_STATE_PREFIX.length);
  const kind = body[0];
  if (kind === 's' || kind === 'm') {
    const replay = decodeReplay(body.slice(1));
    return replay && { kind: kind === 's' ? 'share' : 'more', replay };
  }
  const [tag, rest] = split(body) ?? [];
  if (tag === 'f' && rest !== undefined && PASSAGE_ID.test(rest)) return { kind: 'full', passage: rest };
  if (tag === 'a' && rest !== undefined && rest !== '') return { kind: 'ask', question: rest };
  if (tag === 'v' && rest !== undefined) return decodeVote(rest);
  if (tag === 'r' && rest !== undefined && VOTE_ID.test(rest)) return { kind: 'reason', vote: Number(rest) };
  if (tag === 'u' && rest !== undefined) return decodeFollowUp(rest);
  return undefined;
}

/** The action a clicked button stands for when it is of `kind`; undefined for any other (or stale) state. */
export function decodeActionOf<K extends Action['kind']>(
  state: string | undefined,
  kind: K,
): Extract<Action, { kind: K }> | undefined {
  const action = decodeAction(state);
  return action?.kind === kind ? (action as Extract<Action, { kind: K }>) : undefined;
}

/** `+|-:id,id:question` (question empty: the one the clicked message answers). */
function decodeVote(rest: string): Action | undefined {
  const [sign, more] = split(rest) ?? [];
  const [ids, question] = (more !== undefined && split(more)) || [];
  if ((sign !== '+' && sign !== '-') || ids === undefined || question === undefined) return undefined;
  const passages = ids === '' ? [] : ids.split(',');
  if (passages.length > MAX_VOTED_PASSAGES || !passages.every((id) => PASSAGE_ID.test(id))) return undefined;
  return { kind: 'vote', helpful: sign === '+', question: question === '' ? null : question, passages };
}

/** `offset:question` (question empty: the one the clicked message answers). */
function decodeFollowUp(rest: string): Action | undefined {
  const [offsetText, question] = split(rest) ?? [];
  if (offsetText === undefined || question === undefined || !OFFSET.test(offsetText)) return undefined;
  return { kind: 'followup', question: question === '' ? null : question, offset: Number(offsetText) };
}
