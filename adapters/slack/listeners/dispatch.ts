// One Bolt listener per kind of request: Bolt runs every listener's filter middleware on every request
// (a slash command passes through the action and event filters too), so the app registers one listener
// for all its buttons and one for all its events, and dispatches here on the action_id's kind or the
// event's type. An id or an event type with no handler is left alone, as Bolt leaves a request no
// listener matches.

import {
  type AllMiddlewareArgs,
  type App,
  type BlockAction,
  type ButtonAction,
  ignoreSelf,
  type Logger,
  type SlackActionMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type webApi,
} from '@slack/bolt';
import { ACTION_PREFIX, type ButtonKind, buttonKind } from '../render/state.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & {
  client: webApi.WebClient;
  logger: Logger;
};

/** What a click on one kind of our buttons does; the click is not acknowledged yet. */
export type ButtonHandler = (args: ButtonArgs) => Promise<void>;

/** The events the app answers: chat (mentions, messages) and, in OAuth mode, losing an installation. */
export type EventName = 'app_mention' | 'message' | 'app_uninstalled' | 'tokens_revoked';

export type EventHandlers = {
  [K in EventName]?: (args: SlackEventMiddlewareArgs<K> & AllMiddlewareArgs) => Promise<void>;
};

/** Every button's click, to the handler for its kind (`cyberviews_full:p12` goes to `full`). */
export function registerButtons(app: App, handlers: Record<ButtonKind, ButtonHandler>): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}`), async (args) => {
    const kind = buttonKind(args.action.action_id);
    if (kind !== undefined) await handlers[kind](args);
  });
}

/**
 * Every event of a type in `handlers`, to its handler; Bolt has already acknowledged it. The app's own
 * events (its messages, its mentions) are dropped first by Bolt's `ignoreSelf`, which the app runs here
 * rather than in front of every request (commands and clicks never need it).
 */
export function registerEvents(app: App, handlers: EventHandlers): void {
  const types = Object.keys(handlers) as EventName[];
  if (types.length === 0) return;
  app.event(new RegExp(`^(?:${types.join('|')})$`), ignoreSelf, async (args) => {
    const handler = handlers[args.event.type as EventName] as
      | ((args: SlackEventMiddlewareArgs<string> & AllMiddlewareArgs) => Promise<void>)
      | undefined;
    await handler?.(args);
  });
}
