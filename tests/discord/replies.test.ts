// Follow-ups on Discord: a reply to one of the bot's answers, sent over the real gateway (MESSAGE_CREATE
// with a message reference) to the real discord.js client, is answered as a follow-up in the channel.

import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UNREADABLE } from '../../adapters/discord/replies.js';
import { botMessage, FAKE_BOT_USER, FAKE_MEMBER_USER } from '../fakes/discord/ids.js';
import { FAKE_APPLICATION, type InteractionCallback, OptionType } from '../fakes/discord/index.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
let posted = 0;
beforeEach(() => {
  posted = h.discord.requestsTo(/^\/channels\/\d+\/messages$/).length;
});
const postsSince = () => h.discord.requestsTo(/^\/channels\/\d+\/messages$/).slice(posted);

const ask = (question: string): Promise<InteractionCallback> =>
  h.discord.command('ask', [{ name: 'question', type: OptionType.String, value: question }]);

/** The bot's answer as the message a person replies to. */
const answerMessage = async (question: string) => h.discord.messageOf(await ask(question));

/** Replies to `to` (pinging its author, Discord's default, so the bot is mentioned); resolves with the bot's post. */
async function replyTo(to: Record<string, unknown>, content: string) {
  const post = h.discord.nextPost();
  const message = h.discord.say(content, { replyTo: to, mentions: [FAKE_BOT_USER] });
  const request = await post;
  return {
    message,
    body: request.body as {
      embeds?: APIEmbed[];
      message_reference?: { message_id?: string };
      allowed_mentions?: unknown;
    },
  };
}
const textOf = (body: { embeds?: APIEmbed[] }) => JSON.stringify(body.embeds ?? []);

describe('a reply to one of the bot’s answers', () => {
  it('answers “what page is that on?” from the passage the answer showed first, in a reply, pinging no one', async () => {
    const answer = await answerMessage('what is cyber sovereignty');
    const { message, body } = await replyTo(answer, 'What page is that on?');
    const top = h.core.ask('what is cyber sovereignty').passages[0];
    expect(textOf(body)).toContain(
      `That passage is on pages 3–4 of the article (paragraph ${top?.paragraph}`,
    );
    expect(body.message_reference?.message_id).toBe(message.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a fresh question asked in a reply, without the slash command', async () => {
    const { body } = await replyTo(
      await answerMessage('what is cyber sovereignty'),
      `<@${FAKE_APPLICATION.id}> who runs the DNS`,
    );
    expect(body.embeds).toHaveLength(h.core.ask('who runs the DNS').passages.length);
    expect(textOf(body)).toContain('asked: who runs the DNS');
  });

  it('continues with “more”, and a reply to that reply leans on the page it showed', async () => {
    const { body: more } = await replyTo(await answerMessage('what is cyber sovereignty'), 'more');
    expect(textOf(more)).toContain('Results 4–6 · asked: what is cyber sovereignty');
    const page2 = h.core.ask('what is cyber sovereignty', { offset: 3, limit: 3 });
    const { body: page } = await replyTo(
      fullMessage({ id: '1299999999999999001', ...more }),
      'which page is that on?',
    );
    expect(textOf(page)).toContain(`(paragraph ${page2.passages[0]?.paragraph},`);
  });

  it('answers “who said it?” about a detail reply too (the detail keeps the answer’s footer)', async () => {
    const { body: detail } = await replyTo(
      await answerMessage('what did Hua Chunying say about hacking'),
      'cite it',
    );
    expect(textOf(detail)).toContain('Cite it as:');
    const { body: who } = await replyTo(
      fullMessage({ id: '1299999999999999002', ...detail }),
      'who said it?',
    );
    expect(textOf(who)).toContain('quotes Hua Chunying');
  });

  it('says how to be read when Discord hides the reply’s text (no mention, no MessageContent intent)', async () => {
    const { body } = await replyTo(await answerMessage('what is cyber sovereignty'), '');
    expect(textOf(body)).toContain(UNREADABLE.slice(0, 40));
  });
});

describe('messages the bot does not answer', () => {
  it('ignores messages that reply to no one, replies to people, and its own or other bots’ replies', async () => {
    const answer = await answerMessage('what is cyber sovereignty');
    h.discord.say('what page is that on?');
    const person = h.discord.say('cyber sovereignty is interesting');
    h.discord.say('what page is that on?', { replyTo: person });
    h.discord.say('what page is that on?', { replyTo: answer, author: FAKE_BOT_USER });
    h.discord.say('what page is that on?', {
      replyTo: answer,
      author: { ...FAKE_MEMBER_USER, id: '1100000000000000077', username: 'otherbot', bot: true },
    });
    // A reply the bot does answer, sent last: once it is in, none of the others got an answer.
    const { body } = await replyTo(answer, 'about');
    expect(postsSince()).toHaveLength(1);
    expect(body).toBeDefined();
  });
});

/** A message the bot posted (as the fake REST returns it), ready to be replied to. */
function fullMessage(partial: Record<string, unknown>): Record<string, unknown> {
  return botMessage(partial, { type: 19, channel_id: '1100000000000000003', ...partial });
}
