// Where each request goes: the router the guard hands the slash command, our buttons, the events the app
// answers and the 👎 form to, which leaves anything else alone, as Bolt leaves a request no listener
// matches. The app registers no Bolt listener: Bolt runs every listener's filter chain on every request
// (a slash command through the action, event and view filters too), which cost a slash command about
// 40 µs of CPU with one listener per kind, more than choosing here does. The matching is Bolt's own: a
// command by name, a button by its action_id's prefix, an event by its type (the app's own events
// dropped by Bolt's `ignoreSelf` first), the form by its callback_id.

import {
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type BlockAction,
  type ButtonAction,
  ignoreSelf,
  type Logger,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type SlackViewMiddlewareArgs,
  type ViewSubmitAction,
  type webApi,
} from '@slack/bolt';
import { type ButtonKind, buttonKind } from '../render/state.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** What the slash command does; the command is not acknowledged yet. */
export type CommandHandler = (args: CommandArgs) => Promise<void>;

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

export type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A submitted modal of ours; the submission is not acknowledged yet. */
export type FormHandler = (args: FormArgs) => Promise<void>;

export interface Routes {
  /** The slash command's name (`/cyberviews`) and what it does. */
  command: { name: string; handler: CommandHandler };
  /** Every button of ours by kind (`cyberviews_full:p12` goes to `full`). */
  buttons: Record<ButtonKind, ButtonHandler>;
  /** The events the app answers; Bolt has already acknowledged them. */
  events: EventHandlers;
  /** The modal's callback_id (the 👎's reason form) and what its submission does. */
  form: { callbackId: string; handler: FormHandler };
}

/** What Bolt hands a global middleware about a request. */
export type Args = AnyMiddlewareArgs & AllMiddlewareArgs;

/** Sends a request to its handler; the guard (../guard.ts) runs it for every request it lets through. */
export type Router = (args: Args) => Promise<void>;

/** The router over `routes`. */
export const router =
  (routes: Routes): Router =>
  async (args) => {
    if ('command' in args && args.command !== undefined) {
      if (args.command.command === routes.command.name) await routes.command.handler(args as CommandArgs);
      return;
    }
    if ('action' in args && args.action !== undefined) {
      const actionId = (args.action as { action_id?: unknown }).action_id;
      const kind = typeof actionId === 'string' ? buttonKind(actionId) : undefined;
      if (kind !== undefined) await routes.buttons[kind](args as unknown as ButtonArgs);
      return;
    }
    if ('event' in args && args.event !== undefined) {
      const handler = routes.events[args.event.type as EventName] as
        | ((args: Args) => Promise<void>)
        | undefined;
      if (handler !== undefined) await ignoreSelf({ ...args, next: () => handler(args) });
      return;
    }
    if ('view' in args && args.view !== undefined) {
      if (args.body.type === 'view_submission' && args.view.callback_id === routes.form.callbackId) {
        await routes.form.handler(args as FormArgs);
      }
    }
  };
