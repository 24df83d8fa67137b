// The one shape every renderer returns: what to show and to whom. The bot turns it into a discord.js
// reply; `finish` is the last guard that keeps it inside Discord's limits.

import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  InteractionReplyOptions,
} from 'discord.js';
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { type Action, encodeAction, type Message, type Notice, noticeOf } from '../../../src/index.js';
import { fitComponents, fitEmbeds, LIMITS, truncate } from '../limits.js';
import { discordText } from './command.js';

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
  /** Only the person who asked sees it. */
  ephemeral: boolean;
}

/** The brand colour of every cyberviews embed; errors use a muted one. */
export const COLOURS = { answer: 0x2f6f9f, notice: 0x8a8f98 } as const;

/** The reply cut to Discord's limits (content, embed sizes, rows and buttons). */
export function finish(reply: Reply): Reply {
  const fitted: Reply = {
    embeds: fitEmbeds(reply.embeds),
    components: fitComponents(reply.components),
    ephemeral: reply.ephemeral,
  };
  if (reply.content !== undefined) fitted.content = truncate(reply.content, LIMITS.content);
  return fitted;
}

/**
 * A reply as discord.js sends it, whichever way it goes (an interaction's reply, edit or follow-up, the
 * HTTP endpoint's response, a reply to a message): nobody is ever pinged, whatever the user or the
 * article says; private when the reply is (an edit or a message cannot be made so: they drop the flag).
 */
export function sendOptions(reply: Reply): InteractionReplyOptions & { allowedMentions: { parse: [] } } {
  return {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { parse: [] },
    ...(reply.content !== undefined && { content: reply.content }),
    ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}

export function buttonRows(buttons: readonly APIButtonComponent[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.componentsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.componentsPerRow) });
  }
  return rows;
}

/** A button that opens a URL (the article); it needs no custom id. */
export function linkButton(label: string, url: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: truncate(label, LIMITS.buttonLabel),
    url,
  };
}

/** A button's custom id: the core's action state, or undefined when it would not fit Discord's 100 characters. */
export function buttonId(action: Action): string | undefined {
  return encodeAction(action, LIMITS.customId);
}

/** A button whose click comes back to the bot as `customId`; none when there is no id (it did not fit). */
export function actionButton(
  label: string,
  customId: string | undefined,
  style = ButtonStyle.Secondary,
): APIButtonComponent[] {
  if (customId === undefined) return [];
  return [
    {
      type: ComponentType.Button,
      style: style as ButtonStyle.Secondary,
      label: truncate(label, LIMITS.buttonLabel),
      custom_id: customId,
    },
  ];
}

/**
 * Text the core wrote that may quote the user (an error naming their phrase): kept as markdown, but
 * mention syntax is broken with a zero-width space so it can never render as a ping.
 */
export function neutraliseMentions(text: string): string {
  // Already escaped text (`\@everyone`, `\<@1>`) is inert as it stands.
  return text.replace(/(?<!\\)@(everyone|here)/gi, '@\u200b$1').replace(/(?<!\\)<([@#])/g, '<\u200b$1');
}

/** The core's notice as an ephemeral embed: what went wrong, and under it what to type next. */
export function notice(said: Notice | Message | string, title?: string): Reply {
  const { text, hint } = noticeOf(said);
  const description = hint === undefined ? discordText(text) : `${discordText(text)}\n\n${discordText(hint)}`;
  const embed: APIEmbed = {
    color: COLOURS.notice,
    // Messages can quote what the user typed at any length (a digest topic); breaking mentions adds characters.
    description: truncate(neutraliseMentions(description), LIMITS.embedDescription),
  };
  if (title !== undefined) embed.title = title;
  return { embeds: [embed], components: [], ephemeral: true };
}
