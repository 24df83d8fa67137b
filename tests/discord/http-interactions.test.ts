// Discord over HTTP: signed interactions POSTed over loopback to the real endpoint, answered by the same
// handlers as the gateway, with follow-ups going to the loopback Discord REST fake.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_INPUT } from '../../adapters/discord/buttons/followup.js';
import type { ServerSettingsStore } from '../../adapters/discord/context.js';
import {
  createInteractionsEndpoint,
  INTERACTIONS_PATH,
  type InteractionsEndpoint,
} from '../../adapters/discord/index.js';
import { POSTED_BELOW } from '../../adapters/discord/interactions/sender.js';
import { LIMITS } from '../../adapters/discord/limits.js';
import { healthRoute } from '../../adapters/http/health.js';
import { type HttpServer, startHttpServer } from '../../adapters/http/server.js';
import { ANSWER_PAGE_SIZE, formatPages, type Logger, RateLimiter } from '../../src/index.js';
import { snowflakes } from '../fakes/discord/ids.js';
import {
  FAKE_APPLICATION,
  FAKE_GUILD_ID,
  type FakeDiscord,
  OptionType,
  PERMISSIONS,
  startFakeDiscord,
} from '../fakes/discord/index.js';
import {
  autocomplete,
  buttonClick,
  type InteractionPayload,
  messageFromCallback,
  modalSubmit,
  slashCommand,
} from '../fakes/discord/interactions.js';
import { messageViolations } from '../fakes/discord/limits.js';
import { type AppKeys, appKeys, type EndpointResponse, postSigned } from '../fakes/discord/signed.js';
import { CITED } from '../support/cited.js';
import { type TestSqliteStore, testSqliteStore } from '../support/sqlite-store.js';
import { core, type Harness, startHarness } from './harness.js';

const PONG = 1;
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const AUTOCOMPLETE_RESULT = 8;
const EPHEMERAL = 64;

const ids = snowflakes(1_300_000_000_000_000_000n);
const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

interface Http {
  discord: FakeDiscord;
  endpoint: InteractionsEndpoint;
  server: HttpServer;
  url: string;
  stop(): Promise<void>;
}

/** The endpoint on its own loopback server, with REST (follow-ups, digests) pointed at a fresh fake. */
async function startHttp(
  keys: AppKeys,
  settings: Partial<Parameters<typeof createInteractionsEndpoint>[1]> = {},
): Promise<Http> {
  const discord = await startFakeDiscord();
  const endpoint = createInteractionsEndpoint(core(), {
    token: discord.token,
    apiUrl: discord.apiUrl,
    publicKey: keys.publicKeyHex,
    logger: quiet,
    ...settings,
  });
  const server = await startHttpServer([endpoint.route], 0, '127.0.0.1');
  return {
    discord,
    endpoint,
    server,
    url: `http://127.0.0.1:${server.port}${INTERACTIONS_PATH}`,
    async stop() {
      await server.close();
      await endpoint.stop();
      await discord.close();
    },
  };
}

const MODAL = 9;

type Rows = { components: { custom_id?: string; label?: string }[] }[];

/** Every button of a message (or a modal's inputs), row after row. */
const buttonsOf = (data: Record<string, unknown> | undefined) =>
  ((data?.components ?? []) as Rows).flatMap((row) => row.components);

/** The custom id of the Follow up button on a message, if it has one. */
const followUpButton = (data: Record<string, unknown> | undefined) =>
  buttonsOf(data).find((button) => button.label === 'Follow up')?.custom_id;

/** A message as the gateway bot would send it: the same, less the Follow up button (HTTP mode only). */
const withoutFollowUp = (data: Record<string, unknown> | undefined) => ({
  ...data,
  components: ((data?.components ?? []) as Rows)
    .map((row) => ({ ...row, components: row.components.filter((b) => b.label !== 'Follow up') }))
    .filter((row) => row.components.length > 0),
});

const ask = (question: string): InteractionPayload =>
  slashCommand(ids, 'ask', [{ name: 'question', type: OptionType.String, value: question }]);

/** What a user sees of a message: its text, embeds, buttons and who sees it. */
const visible = (data: Record<string, unknown> | undefined) => ({
  content: data?.content,
  embeds: data?.embeds,
  components: data?.components,
  ephemeral: ((Number(data?.flags) || 0) & EPHEMERAL) === EPHEMERAL,
  allowed_mentions: data?.allowed_mentions,
});

const keys = appKeys();
let http: Http;
let gateway: Harness;
beforeAll(async () => {
  http = await startHttp(keys);
  gateway = await startHarness();
});
afterAll(async () => {
  await http?.stop();
  await gateway?.stop();
});

const send = (payload: unknown, options = {}): Promise<EndpointResponse> =>
  postSigned(http.url, keys, payload, options);

describe('the interactions endpoint', () => {
  it('answers a signed PING with PONG, as the Developer Portal requires before it saves the URL', async () => {
    const response = await send({
      id: ids.next(),
      application_id: FAKE_APPLICATION.id,
      type: 1,
      token: 't',
      version: 1,
    });
    expect(response).toEqual({ status: 200, body: { type: PONG } });
  });

  it('answers /cyberviews ask in the HTTP response with what the gateway bot sends for the same question', async () => {
    const question = 'what is cyber sovereignty';
    const response = await send(ask(question));
    expect(response.status).toBe(200);
    expect(response.body.type).toBe(CHANNEL_MESSAGE);
    const overGateway = await gateway.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: question },
    ]);
    expect(overGateway.type).toBe(CHANNEL_MESSAGE);
    expect(visible(withoutFollowUp(response.body.data))).toEqual(visible(overGateway.data));
    expect(JSON.stringify(response.body.data?.embeds)).toMatch(CITED);
    expect(response.body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('opens no gateway connection and makes no REST call to answer', async () => {
    await send(ask('who runs the DNS'));
    expect(http.discord.gateway.connections).toHaveLength(0);
    expect(http.discord.rest.requests).toEqual([]);
  });

  it('keeps no user of an answered request in memory', async () => {
    await send(ask('who runs the DNS'));
    expect(http.endpoint.client.users.cache.size).toBe(0);
  });

  it('pages an answer with its More results button, privately, as the gateway bot does', async () => {
    const answer = await send(ask('what is cyber sovereignty'));
    const more = ((answer.body.data?.components ?? []) as { components: { custom_id?: string }[] }[])
      .flatMap((row) => row.components)
      .find((button) => button.custom_id?.startsWith('cv1:mq'))?.custom_id;
    expect(more).toBeDefined();
    const message = messageFromCallback(ids, answer.body.data ?? {});
    const page = await send(buttonClick(ids, more as string, message));
    expect(page.status).toBe(200);
    expect(page.body.type).toBe(CHANNEL_MESSAGE);
    expect(visible(page.body.data).ephemeral).toBe(true);
    const overGateway = await gateway.discord.click(
      { type: CHANNEL_MESSAGE, data: answer.body.data ?? {} },
      more as string,
    );
    expect(visible(withoutFollowUp(page.body.data))).toEqual(visible(overGateway.data));
  });

  it('suggests questions from the article as the user types, the same choices as on the gateway', async () => {
    const response = await send(autocomplete(ids, 'ask', 'question', 'sovereign'));
    expect(response.status).toBe(200);
    expect(response.body.type).toBe(AUTOCOMPLETE_RESULT);
    const choices = (response.body.data?.choices ?? []) as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => /sovereign/i.test(choice.value))).toBe(true);
    const overGateway = await gateway.discord.autocomplete('ask', 'question', 'sovereign');
    expect(choices).toEqual(overGateway.data.choices);
  });

  it('answers the other subcommands through the same handlers (cite, from a DM)', async () => {
    const payload = slashCommand(
      ids,
      'cite',
      [{ name: 'phrase', type: OptionType.String, value: 'lower-hanging fruit' }],
      'dm',
    );
    const response = await send(payload);
    expect(response.body.type).toBe(CHANNEL_MESSAGE);
    expect(JSON.stringify(response.body.data?.embeds)).toContain('p. 9, ¶51');
  });
});

describe('settings and limits over HTTP', () => {
  it('lets a server admin make answers private, and the next answer in that server is private', async () => {
    const chosen = new Map<string, { privateAnswers: boolean; updatedAt: number }>();
    const serverSettings: ServerSettingsStore = {
      serverSettings: async (_platform, server) => chosen.get(server),
      setServerSettings: async (_platform, server, settings, now) => {
        const record = { ...settings, updatedAt: now };
        chosen.set(server, record);
        return record;
      },
    };
    const h = await startHttp(keys, { serverSettings });
    try {
      const option = [{ name: 'private_answers', type: OptionType.Boolean, value: true }];
      const refused = await postSigned(
        h.url,
        keys,
        slashCommand(ids, 'settings', option, { permissions: PERMISSIONS.member }),
      );
      expect(JSON.stringify(refused.body.data?.embeds)).toMatch(
        /Only members with the Manage Server permission/,
      );
      expect(chosen.size).toBe(0);
      const changed = await postSigned(
        h.url,
        keys,
        slashCommand(ids, 'settings', option, { permissions: PERMISSIONS.manageServer }),
      );
      expect(changed.body.type).toBe(CHANNEL_MESSAGE);
      expect(chosen.get(FAKE_GUILD_ID)?.privateAnswers).toBe(true);
      const answer = await postSigned(h.url, keys, ask('what is cyber sovereignty'));
      expect(visible(answer.body.data).ephemeral).toBe(true);
    } finally {
      await h.stop();
    }
  });

  it('says "slow down" to a user over the rate limit, through the same guard as the gateway', async () => {
    const limits = { perUser: { limit: 1, windowMs: 60_000 }, perChannel: { limit: 0, windowMs: 60_000 } };
    const h = await startHttp(keys, { rateLimiter: new RateLimiter(limits, () => 0) });
    try {
      const first = await postSigned(h.url, keys, ask('what is cyber sovereignty'));
      expect(visible(first.body.data).ephemeral).toBe(false);
      const second = await postSigned(h.url, keys, ask('who runs the DNS'));
      expect(visible(second.body.data).ephemeral).toBe(true);
      expect(JSON.stringify(second.body.data?.embeds)).toMatch(/slow down/i);
    } finally {
      await h.stop();
    }
  });
});

describe('requests not from Discord', () => {
  it('refuses a request signed with another key with 401', async () => {
    const forger = appKeys();
    const response = await send(ask('what is cyber sovereignty'), { signWith: forger.privateKey });
    expect(response.status).toBe(401);
    expect(response.body.type).toBeUndefined();
  });

  it('refuses a body changed after signing with 401', async () => {
    const payload = ask('what is cyber sovereignty');
    const tampered = JSON.stringify({ ...payload, type: 1 });
    expect((await send(payload, { tamperedBody: tampered })).status).toBe(401);
  });

  it('refuses a replayed request whose signed timestamp is six minutes old with 401', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await send(ask('what is cyber sovereignty'), { timestamp: sixMinutesAgo });
    expect(response.status).toBe(401);
  });

  it('accepts a timestamp four minutes old (clock skew and queueing are not replays)', async () => {
    const fourMinutesAgo = Math.floor(Date.now() / 1000) - 4 * 60;
    const response = await send(ask('what is cyber sovereignty'), { timestamp: fourMinutesAgo });
    expect(response.status).toBe(200);
  });

  it.each(['x-signature-ed25519', 'x-signature-timestamp'] as const)(
    'refuses a request without %s with 401',
    async (header) => {
      const response = await send(ask('what is cyber sovereignty'), { omit: [header] });
      expect(response.status).toBe(401);
    },
  );

  it('refuses an unsigned PING too: Discord checks that the endpoint does', async () => {
    const ping = { id: ids.next(), application_id: FAKE_APPLICATION.id, type: 1, token: 't', version: 1 };
    const response = await send(ping, { omit: ['x-signature-ed25519'] });
    expect(response.status).toBe(401);
  });
});

describe('a reply that takes longer than the deferral budget', () => {
  /** The interaction's original response (discord.js sends "@original" percent-encoded). */
  const ORIGINAL = /\/messages\/(?:@|%40)original$/;

  /** A server-settings store that answers only when the test lets it (a slow database). */
  function slowSettings(privateAnswers: boolean) {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const store: ServerSettingsStore = {
      serverSettings: () => released.then(() => ({ privateAnswers, updatedAt: 0 })),
      setServerSettings: () => Promise.reject(new Error('no settings are changed in these tests')),
    };
    return { store, release };
  }

  async function deferred(privateAnswers: boolean) {
    const slow = slowSettings(privateAnswers);
    const h = await startHttp(keys, { serverSettings: slow.store, deferAfterMs: 20 });
    const payload = ask('what is cyber sovereignty');
    const first = await postSigned(h.url, keys, payload);
    const webhook = `/webhooks/${FAKE_APPLICATION.id}/${payload.token}`;
    const followUps = new Promise<void>((resolve) => {
      h.discord.rest.events.on('request', () => {
        const done = privateAnswers
          ? h.discord.requestsTo(ORIGINAL).length === 1
          : h.discord.requestsTo(new RegExp(`^${webhook}$`)).length === 1;
        if (done) resolve();
      });
    });
    slow.release();
    await followUps;
    return { h, first, webhook };
  }

  it('is deferred privately in the HTTP response, then the private answer replaces the placeholder', async () => {
    const { h, first, webhook } = await deferred(true);
    try {
      expect(first.body).toEqual({ type: DEFERRED_CHANNEL_MESSAGE, data: { flags: EPHEMERAL } });
      const [edit] = h.discord.requestsTo(ORIGINAL);
      expect(edit?.method).toBe('PATCH');
      expect(edit?.path.startsWith(`${webhook}/messages/`)).toBe(true);
      expect(JSON.stringify((edit?.body as { embeds?: unknown } | undefined)?.embeds)).toMatch(CITED);
    } finally {
      await h.stop();
    }
  });

  it('posts a public answer as a follow-up in the channel after the private placeholder says so', async () => {
    const { h, webhook } = await deferred(false);
    try {
      const [edit] = h.discord.requestsTo(ORIGINAL);
      expect((edit?.body as { content?: string } | undefined)?.content).toBe(POSTED_BELOW);
      const [followUp] = h.discord.requestsTo(new RegExp(`^${webhook}$`));
      expect(followUp?.method).toBe('POST');
      const body = followUp?.body as { embeds?: unknown; flags?: number };
      expect(JSON.stringify(body.embeds)).toMatch(CITED);
      expect((body.flags ?? 0) & EPHEMERAL).toBe(0);
    } finally {
      await h.stop();
    }
  });
});

describe('GET /healthz', () => {
  async function health(probe: () => Promise<boolean>) {
    const server = await startHttpServer([healthRoute(probe, 200)], 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      return { status: response.status, body: await response.json() };
    } finally {
      await server.close();
    }
  }

  it('is 200 {"ok":true} when the store answers', async () => {
    expect(await health(async () => true)).toEqual({ status: 200, body: { ok: true } });
  });

  it('is 503 {"ok":false} when the store does not', async () => {
    expect(await health(async () => false)).toEqual({ status: 503, body: { ok: false } });
  });

  it('is 503 when the probe throws or hangs past its timeout', async () => {
    expect((await health(() => Promise.reject(new Error('closed')))).status).toBe(503);
    expect((await health(() => new Promise<boolean>(() => undefined))).status).toBe(503);
  });
});

describe('👍 / 👎 over HTTP', () => {
  let db: TestSqliteStore;
  let voting: Http;
  beforeAll(async () => {
    db = testSqliteStore();
    voting = await startHttp(keys, { feedback: db.store.feedback });
  });
  afterAll(async () => {
    await voting?.stop();
    await db?.remove();
  });
  const post = (payload: unknown) => postSigned(voting.url, keys, payload);

  it('a 👎 is stored (time on the same clock as signatures) and answered with the reason form in the HTTP response; the submitted form adds the reason', async () => {
    const answer = await post(ask('what is cyber sovereignty'));
    const down = ((answer.body.data?.components ?? []) as { components: { custom_id?: string }[] }[])
      .flatMap((row) => row.components)
      .find((button) => button.custom_id?.startsWith('cv1:v:-:'))?.custom_id;
    expect(down).toBeDefined();
    const message = messageFromCallback(ids, answer.body.data ?? {});
    const form = await post(buttonClick(ids, down as string, message));
    expect(form.status).toBe(200);
    expect(form.body.type).toBe(MODAL);
    const [stored] = await db.store.feedback.votesSince(0);
    expect(stored).toMatchObject({
      platform: 'discord',
      workspace: FAKE_GUILD_ID,
      question: 'what is cyber sovereignty',
      helpful: false,
      reason: null,
    });
    expect(form.body.data?.custom_id).toBe(`cv1:r:${stored?.id}`);
    const thanks = await post(
      modalSubmit(ids, String(form.body.data?.custom_id), { reason: 'it cited the wrong page' }),
    );
    expect(thanks.body.type).toBe(CHANNEL_MESSAGE);
    expect(visible(thanks.body.data).ephemeral).toBe(true);
    expect((await db.store.feedback.votesSince(0))[0]?.reason).toBe('it cited the wrong page');
    // Nothing went through REST: the form and the thanks were the HTTP responses.
    expect(voting.discord.rest.requests).toEqual([]);
  });
});

describe('the Follow up button (HTTP mode, where replies to an answer cannot be read)', () => {
  const question = 'what is cyber sovereignty';

  /** An answer over HTTP, the message it became, and its Follow up button's custom id. */
  async function answered(text = question, url = http.url) {
    const answer = await postSigned(url, keys, ask(text));
    const message = messageFromCallback(ids, answer.body.data ?? {});
    return { answer, message, button: followUpButton(answer.body.data) };
  }

  /** Presses Follow up on `message`, then submits `typed` in the form it opened. */
  async function followUp(message: Record<string, unknown>, button: string, typed: string, url = http.url) {
    const form = await postSigned(url, keys, buttonClick(ids, button, message));
    const customId = String(form.body.data?.custom_id);
    return postSigned(url, keys, modalSubmit(ids, customId, { [FOLLOW_UP_INPUT]: typed }, message));
  }

  it('is under every answer over HTTP, carrying the answer’s page, and absent over the gateway', async () => {
    const { answer, button } = await answered();
    expect(button).toBe(`cv1:u:0:${question}`);
    const overGateway = await gateway.discord.command('ask', [
      { name: 'question', type: OptionType.String, value: question },
    ]);
    expect(buttonsOf(overGateway.data).map((b) => b.custom_id ?? '')).not.toContainEqual(
      expect.stringMatching(/^cv1:u:/),
    );
    expect(followUpButton(overGateway.data)).toBeUndefined();
    expect(messageViolations(answer.body.data ?? {})).toEqual([]);
  });

  it('keeps an answer with 👍 / 👎 and Follow up within Discord’s limits (5 rows of 5 buttons)', async () => {
    const db = testSqliteStore();
    const h = await startHttp(keys, { feedback: db.store.feedback });
    try {
      const { answer, button } = await answered(question, h.url);
      expect(button).toBeDefined();
      const rows = (answer.body.data?.components ?? []) as Rows;
      expect(rows.length).toBeLessThanOrEqual(LIMITS.actionRows);
      expect(rows.every((row) => row.components.length <= LIMITS.componentsPerRow)).toBe(true);
      // The page's buttons, then the whole answer's: 👍 👎 and Follow up on a row of their own.
      expect(rows.at(-1)?.components.map((b) => b.label ?? 'vote')).toEqual(['vote', 'vote', 'Follow up']);
      expect(messageViolations(answer.body.data ?? {})).toEqual([]);
    } finally {
      await h.stop();
      await db.remove();
    }
  });

  it('opens a form (response type 9) with one short text input, whose custom id carries the answer’s page', async () => {
    const { message, button } = await answered();
    const form = await send(buttonClick(ids, button as string, message));
    expect(form.status).toBe(200);
    expect(form.body.type).toBe(MODAL);
    expect(form.body.data?.custom_id).toBe(`cv1:u:0:${question}`);
    const inputs = buttonsOf(form.body.data) as { custom_id?: string; style?: number; type?: number }[];
    expect(inputs).toMatchObject([{ type: 4, custom_id: FOLLOW_UP_INPUT, style: 1 }]);
    expect(http.discord.rest.requests).toEqual([]);
  });

  it('answers “what page is that on?” with the page of the first passage the answer showed, publicly as the answer was', async () => {
    const { message, button } = await answered();
    const first = core().ask(question, { limit: ANSWER_PAGE_SIZE, offset: 0 }).passages[0];
    expect(first).toBeDefined();
    const pages = first?.pages ?? [0, 0];
    const where = pages[0] === pages[1] ? `page ${pages[0]}` : `pages ${pages[0]}–${pages[1]}`;
    const reply = await followUp(message, button as string, 'what page is that on?');
    expect(reply.status).toBe(200);
    expect(reply.body.type).toBe(CHANNEL_MESSAGE);
    expect(visible(reply.body.data).ephemeral).toBe(false);
    const embeds = reply.body.data?.embeds as { description?: string; title?: string }[];
    expect(embeds[0]?.description).toContain(`That passage is on ${where} of the article`);
    expect(embeds[1]?.title).toContain(formatPages(first?.pages ?? [0, 0]));
    // The reply offers Follow up again, on the same page, so the conversation can go on.
    expect(followUpButton(reply.body.data)).toBe(`cv1:u:0:${question}`);
  });

  it('answers “more” with the next page of the answer', async () => {
    const { message, button } = await answered();
    const reply = await followUp(message, button as string, 'more');
    const footer = ((reply.body.data?.embeds ?? []) as { footer?: { text: string } }[]).at(-1)?.footer?.text;
    expect(footer).toMatch(new RegExp(`^Results ${ANSWER_PAGE_SIZE + 1}–\\d+ · asked: ${question}$`));
    expect(followUpButton(reply.body.data)).toBe(`cv1:u:${ANSWER_PAGE_SIZE}:${question}`);
  });

  it('answers a new question typed in the form as that question, with what /cyberviews ask gives', async () => {
    const { message, button } = await answered();
    const reply = await followUp(message, button as string, 'who runs the DNS');
    const asked = await send(ask('who runs the DNS'));
    expect(reply.body.type).toBe(CHANNEL_MESSAGE);
    expect(visible(reply.body.data)).toEqual(visible(asked.body.data));
    expect(JSON.stringify(reply.body.data?.embeds)).toContain('asked: who runs the DNS');
  });

  it('follows up a private answer privately', async () => {
    const h = await startHttp(keys, { ephemeralByDefault: true });
    try {
      const { answer, message, button } = await answered(question, h.url);
      expect(visible(answer.body.data).ephemeral).toBe(true);
      const reply = await followUp(message, button as string, 'who said it?', h.url);
      expect(reply.body.type).toBe(CHANNEL_MESSAGE);
      expect(visible(reply.body.data).ephemeral).toBe(true);
      expect(JSON.stringify(reply.body.data?.embeds)).toMatch(/quotes|No one is quoted/);
    } finally {
      await h.stop();
    }
  });

  it('reads the question from the answer’s footer when it is too long for the button’s id', async () => {
    const long = `what did the ${'very '.repeat(20)}senior Chinese officials say about the double standard`;
    const { message, button } = await answered(long);
    expect(button).toBe('cv1:u:0:');
    const form = await send(buttonClick(ids, button as string, message));
    expect(form.body.data?.custom_id).toBe('cv1:u:0:');
    const reply = await send(
      modalSubmit(ids, 'cv1:u:0:', { [FOLLOW_UP_INPUT]: 'what page is that on?' }, message),
    );
    expect(JSON.stringify(reply.body.data?.embeds)).toContain('That passage is on page');
  });

  it('is explained by /cyberviews help', async () => {
    const help = await send(slashCommand(ids, 'help', []));
    expect(JSON.stringify(help.body.data?.embeds)).toContain('press Follow up under the answer');
  });

  it('still refuses a form submission with a forged signature (401), answering nothing', async () => {
    const { message, button } = await answered();
    const forger = appKeys();
    const forged = await send(
      modalSubmit(ids, button as string, { [FOLLOW_UP_INPUT]: 'what page is that on?' }, message),
      { signWith: forger.privateKey },
    );
    expect(forged.status).toBe(401);
    expect(forged.body.type).toBeUndefined();
  });
});
