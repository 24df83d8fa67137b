// From what a Slack user typed or clicked to the message they get back: calls the core, picks the
// buttons, renders. Shared by the slash command, mentions, DMs and buttons; never throws.

import type { Logger } from '@slack/bolt';
import {
  ANSWER_PAGE_SIZE,
  answerFollowUp,
  type ChannelDigests,
  type Command,
  type CommandResult,
  type Cyberviews,
  isPersonal,
  isPersonalFollowUp,
  nextAnswerPage,
  PASSAGE_GONE,
  parseCommand,
  type Replay,
  readFollowUp,
  runInChannel,
  type Shown,
  SORRY,
  shownBy,
  type Where,
  withoutMentionsIn,
} from '../../src/index.js';
import type { Conversations } from './app.js';
import { type WorkspaceIds, workspaceKey } from './installations.js';
import { withoutMentions } from './mentions.js';
import type { AnswerView } from './render/answer.js';
import { notice, type SlackMessage } from './render/blocks.js';
import { renderFollowUp } from './render/feedback.js';
import { renderFullPassage } from './render/passage.js';
import { renderResult } from './render/result.js';

export interface Reply {
  message: SlackMessage;
  /** Only the asker should see it (refusals, mistakes, help). */
  personal: boolean;
  /** What an answer showed, for the thread's memory (follow-ups); absent for anything else. */
  shown?: Shown;
}

export interface ReplyOptions {
  /** The message will be seen by the asker alone, so a "Share in channel" button makes sense. */
  shareable: boolean;
  logger: Logger;
  /** Where the command was said: subscription commands need it, and answered questions are logged for recaps. */
  channel?: { where: Where; digests: ChannelDigests };
  /** Offer 👍 / 👎 on answers (when votes can be recorded). */
  votes?: boolean;
}

/** Where a line was said in Slack, and by whom it may be used there. */
export interface Said {
  channel: string;
  /** Whether the person may use admin-only options (cron schedules) here. */
  admin: boolean;
  /** The installation's ids: Bolt's context. */
  ids: WorkspaceIds;
  logger: Logger;
  /** Only the asker sees the reply, so it may offer "Share in channel" (the slash command's). */
  shareable?: boolean;
}

/** The reply options for a line said in a channel or DM, with 👍 / 👎 when votes can be recorded. */
export function saidIn(said: Said, digests: ChannelDigests, conversations: Conversations): ReplyOptions {
  const where = {
    platform: 'slack',
    channel: said.channel,
    admin: said.admin,
    workspace: workspaceKey(said.ids) ?? null,
  } as const;
  return {
    shareable: said.shareable ?? false,
    votes: conversations.feedback !== undefined,
    logger: said.logger,
    channel: { where, digests },
  };
}

const OOPS = notice(SORRY);

/** A line typed after `/cyberviews`, after a mention or in a DM (`command`: the line, already parsed). */
export function replyToText(
  core: Cyberviews,
  text: string,
  options: ReplyOptions,
  command?: Command,
): Promise<Reply> {
  return replay(core, { kind: 'command', text }, options, command);
}

/**
 * A line typed in a thread the bot answered in: a follow-up form ("what page is that on?", "more") is
 * answered from what the bot showed last there (`shown`); anything else is a fresh question.
 */
export async function replyInThread(
  core: Cyberviews,
  text: string,
  shown: Shown | undefined,
  options: ReplyOptions,
  command?: Command,
): Promise<Reply> {
  const form = shown && readFollowUp(text);
  if (shown === undefined || form === undefined) return replyToText(core, text, options, command);
  try {
    const reply = answerFollowUp(core, form, shown);
    const message = renderFollowUp(reply, core.about.meta.url, options.votes === true);
    return {
      message,
      personal: isPersonalFollowUp(reply),
      ...(reply.kind === 'answer' && { shown: reply.shown }),
    };
  } catch (error) {
    options.logger.error('cyberviews: the core failed on a follow-up', { form, error });
    return { message: OOPS, personal: true };
  }
}

/**
 * Produces a message again (Share in channel) or the next page of an answer (More results). Slack's
 * buttons always hold their question (values hold 2,000 characters).
 */
export async function replay(
  core: Cyberviews,
  request: Replay,
  options: ReplyOptions,
  parsed?: Command,
): Promise<Reply> {
  try {
    const offset = request.kind === 'command' ? 0 : request.offset;
    let result: CommandResult;
    if (request.kind === 'ask') {
      const answer = core.ask(withoutMentions(request.question ?? ''), { offset, limit: ANSWER_PAGE_SIZE });
      result = { kind: 'answer', answer };
    } else if (request.kind === 'digest') {
      result = core.run(
        request.topic === null ? { kind: 'digest' } : { kind: 'digest', topic: request.topic },
      );
    } else {
      const command = withoutMentionsIn(parsed ?? parseCommand(request.text), withoutMentions);
      const { channel } = options;
      result = channel
        ? await runInChannel(core, channel.digests, command, channel.where)
        : core.run(command);
    }
    const view = { sourceUrl: core.about.meta.url, offset };
    if (result.kind !== 'answer' || !result.answer.answered || result.answer.passages.length === 0) {
      const share = options.shareable && !isPersonal(result) ? { share: request } : {};
      return { message: renderResult(result, { ...view, ...share }), personal: isPersonal(result) };
    }
    const { answer } = result;
    const next = nextAnswerPage(answer, offset);
    // Set field by field: spreading a conditional object for each copied them all again, every answer.
    const answerView: AnswerView = { ...view };
    if (options.shareable) answerView.share = request;
    if (next !== undefined) answerView.more = { kind: 'ask', question: answer.query, offset: next };
    if (options.votes === true) answerView.votes = true;
    const message = renderResult(result, answerView);
    const shown = shownBy(answer, offset);
    return { message, personal: false, ...(shown && { shown }) };
  } catch (error) {
    options.logger.error('cyberviews: the core failed on a Slack request', { request, error });
    return { message: OOPS, personal: true };
  }
}

/** The whole paragraph behind a passage (Show full passage). */
export function replyFullPassage(core: Cyberviews, id: string, logger: Logger): Reply {
  try {
    const passage = core.passage(id);
    if (passage === undefined) {
      return { message: notice(PASSAGE_GONE), personal: true };
    }
    return { message: renderFullPassage(passage, core.about.meta.url), personal: false };
  } catch (error) {
    logger.error('cyberviews: the core failed to return a full passage', { id, error });
    return { message: OOPS, personal: true };
  }
}
