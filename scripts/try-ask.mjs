#!/usr/bin/env node

// Companion of scripts/try-instances.sh: signs a PING and `/cyberviews ask` with the key pair it made (as
// Discord signs interactions) and sends both to every instance, printing what each answers.
//   TRY_DIR=/tmp/cyberviews-try node scripts/try-ask.mjs 3101 3102 ["your question"]
// Exits 1 unless every instance answers PONG and an answer.

import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const ports = args.filter((arg) => /^\d+$/.test(arg));
const question = args.find((arg) => !/^\d+$/.test(arg)) ?? 'what is cyber sovereignty';
const dir = process.env.TRY_DIR ?? join(process.env.TMPDIR ?? tmpdir(), 'cyberviews-try');
const key = createPrivateKey(readFileSync(join(dir, 'discord-private.pem')));

const guild = '1100000000000000002';
const channel = '1100000000000000003';
const user = {
  id: '1100000000000000004',
  username: 'tryer',
  discriminator: '0',
  global_name: null,
  avatar: null,
};
let serial = 0n;
/** An interaction as Discord sends it from a server channel. */
function interaction(type, data) {
  const id = String(1_500_000_000_000_000_000n + serial++);
  return {
    id,
    token: `try-${id}`,
    type,
    application_id: '1100000000000000001',
    version: 1,
    guild_id: guild,
    channel_id: channel,
    channel: { id: channel, type: 0, guild_id: guild, name: 'try', flags: 0 },
    guild: { id: guild, locale: 'en-US', features: [] },
    member: {
      user,
      roles: [],
      nick: null,
      avatar: null,
      joined_at: new Date(0).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      permissions: '2248473465835073',
      communication_disabled_until: null,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: guild },
    context: 0,
    ...(data && { data }),
  };
}

async function send(port, payload) {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), key).toString('hex');
  const response = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body,
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

let failed = false;
for (const port of ports) {
  const ping = await send(port, interaction(1));
  const ask = await send(
    port,
    interaction(2, {
      id: '1100000000000000010',
      name: 'cyberviews',
      type: 1,
      options: [{ name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] }],
    }),
  );
  const embed = ask.body.data?.embeds?.[0];
  const text = embed
    ? `${embed.title ?? ''}\n${embed.description ?? ''}`
    : (ask.body.data?.content ?? JSON.stringify(ask.body));
  const ok = ping.body.type === 1 && ask.body.type === 4;
  failed ||= !ok;
  console.log(
    `port ${port}: PING → ${ping.status} ${JSON.stringify(ping.body)}; ask "${question}" → ${ask.status}`,
  );
  console.log(
    text
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  );
}
process.exit(failed || ports.length === 0 ? 1 : 0);
