// Discord over HTTP: POST /discord/interactions, the application's Interactions Endpoint URL. Each
// request is checked (Ed25519 signature, fresh timestamp), PING gets PONG, and anything else becomes the
// same discord.js interaction object the gateway would have produced — built by discord.js's own
// INTERACTION_CREATE action — and goes through the same handler (handle.ts). No gateway connection is
// opened, and nothing is kept between requests, so any number of instances can answer.

import {
  type APIInteraction,
  Client,
  Events,
  type Interaction,
  InteractionResponseType,
  InteractionType,
  Options,
} from 'discord.js';
import type { Cyberviews } from '../../../src/index.js';
import { BodyTooLarge, type Route, readBody, sendJson } from '../../http/routes.js';
import { clientOptions, contextFrom, type DiscordSettings } from '../bot.js';
import { handleInteraction } from '../handle.js';
import { InFlight } from '../in-flight.js';
import { httpSender } from './sender.js';
import { signatureChecker } from './signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';

export interface InteractionsSettings extends Omit<DiscordSettings, 'applicationId'> {
  /** The application's public key, hex (DISCORD_PUBLIC_KEY): requests not signed with it are refused. */
  publicKey: string;
  /** How long a handler may take before the reply is deferred; see DEFER_AFTER_MS. */
  deferAfterMs?: number;
  /** The clock signatures' timestamps are checked against (and votes stamped with), in ms; Date.now by default. */
  now?: () => number;
}

export interface InteractionsEndpoint {
  /** POST /discord/interactions, for Bolt's receiver or the bot's own server. */
  readonly route: Route;
  /** A discord.js client that never logs in: REST only (follow-ups and scheduled digests), with the bot token. */
  readonly client: Client;
  /** Refuses new interactions (503), lets replies on their way finish (up to 5 s). */
  stop(): Promise<void>;
}

/** discord.js's handler for the gateway's INTERACTION_CREATE (not in its typings: it is internal). */
interface InteractionCreateAction {
  handle(data: APIInteraction): void;
}

/** The interaction object discord.js builds for `payload`, exactly as on the gateway; none for unknown kinds. */
function interactionFrom(client: Client, payload: APIInteraction): Interaction | undefined {
  const action = (client as unknown as { actions: { InteractionCreate: InteractionCreateAction } }).actions
    .InteractionCreate;
  let built: Interaction | undefined;
  // The action emits the event synchronously, so the listener sees only this payload's interaction.
  const capture = (interaction: Interaction) => {
    if (interaction.id === payload.id) built = interaction;
  };
  client.on(Events.InteractionCreate, capture);
  try {
    action.handle(payload);
  } finally {
    client.off(Events.InteractionCreate, capture);
  }
  return built;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createInteractionsEndpoint(
  core: Cyberviews,
  settings: InteractionsSettings,
): InteractionsEndpoint {
  // No gateway here, so replies to answers are never seen: answers carry a Follow up button instead.
  const ctx = { ...contextFrom(core, settings), followUpButton: true };
  const { log } = ctx;
  const verify = signatureChecker(settings.publicKey, settings.now);
  const client = new Client({
    ...clientOptions(settings),
    // Each request would add its user to a cache that nothing here reads and nothing ever empties.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, UserManager: 0 }),
  });
  client.rest.setToken(settings.token);
  const inFlight = new InFlight();
  let accepting = true;

  async function serve(req: Parameters<Route['handler']>[0], res: Parameters<Route['handler']>[1]) {
    if (!accepting) return sendJson(res, 503, { error: 'shutting down' });
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      return sendJson(res, tooLarge ? 413 : 400, { error: tooLarge ? 'body too large' : 'unreadable body' });
    }
    const verdict = verify({
      signature: header(req.headers['x-signature-ed25519']),
      timestamp: header(req.headers['x-signature-timestamp']),
      body,
    });
    if (!verdict.ok) {
      log.warn('interaction refused', { reason: verdict.reason });
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let payload: APIInteraction;
    try {
      payload = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    if (payload.type === InteractionType.Ping)
      return sendJson(res, 200, { type: InteractionResponseType.Pong });
    const interaction = interactionFrom(client, payload);
    if (!interaction) {
      log.warn('interaction of an unknown kind', { type: payload.type });
      return sendJson(res, 400, { error: 'unsupported interaction type' });
    }
    const sender = httpSender(interaction, settings.deferAfterMs);
    const handling = inFlight.track(handleInteraction(interaction, ctx, sender, settings.rateLimiter));
    // The answer, the choices or the deferral, whichever comes first; an interaction the bot does not
    // handle (not /cyberviews, not its buttons) gets none, as on the gateway, and Discord says it failed.
    await Promise.race([sender.response, handling]);
    if (!sender.answered) return sendJson(res, 400, { error: 'not an interaction this bot answers' });
    sendJson(res, 200, await sender.response);
  }

  return {
    client,
    route: {
      path: INTERACTIONS_PATH,
      method: 'POST',
      handler(req, res) {
        serve(req, res).catch((error: unknown) => {
          log.error('interactions endpoint failed', {
            error: error instanceof Error ? error.stack : String(error),
          });
          if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        });
      },
    },
    async stop() {
      accepting = false;
      await inFlight.settle();
      await client.destroy();
    },
  };
}
