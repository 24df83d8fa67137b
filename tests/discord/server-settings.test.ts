// `/cyberviews settings`: a server's admins choose private answers for their server, kept in the store.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStoreIn } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { FAKE_GUILD_ID, OptionType, PERMISSIONS, type Place } from '../fakes/discord/index.js';
import { CITED } from '../support/cited.js';
import { type Harness, isEphemeral, startHarness, text } from './harness.js';

let h: Harness | undefined;
let store: Store | undefined;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cyberviews-settings-'));
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
  await store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const OTHER_GUILD = '1100000000000000099';
const admin: Place = { permissions: PERMISSIONS.manageServer };
const member: Place = { permissions: PERMISSIONS.member };
const question = [{ name: 'question', type: OptionType.String, value: 'what is cyber sovereignty' }];
const privateAnswers = (value: boolean) => [{ name: 'private_answers', type: OptionType.Boolean, value }];

async function withStore(settings: { ephemeralByDefault?: boolean } = {}): Promise<Harness> {
  store = openSqliteStoreIn(dir);
  h = await startHarness({ ...settings, serverSettings: store });
  return h;
}

describe('/cyberviews settings private_answers:', () => {
  it('lets an admin make answers private: the reply says so, only to them', async () => {
    const { discord } = await withStore();
    const reply = await discord.command('settings', privateAnswers(true), admin);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('Private answers: on');
    expect((await store?.serverSettings('discord', FAKE_GUILD_ID))?.privateAnswers).toBe(true);
  });

  it('makes later answers in that server go only to the asker', async () => {
    const { discord } = await withStore();
    expect(isEphemeral(await discord.command('ask', question, member))).toBe(false);
    await discord.command('settings', privateAnswers(true), admin);
    const answer = await discord.command('ask', question, member);
    expect(isEphemeral(answer)).toBe(true);
    expect(text(answer)).toMatch(CITED);
  });

  it('leaves other servers as they were', async () => {
    const { discord } = await withStore();
    await discord.command('settings', privateAnswers(true), admin);
    expect(isEphemeral(await discord.command('ask', question, { guild: OTHER_GUILD }))).toBe(false);
  });

  it('turned off again, answers are public again', async () => {
    const { discord } = await withStore();
    await discord.command('settings', privateAnswers(true), admin);
    const reply = await discord.command('settings', privateAnswers(false), admin);
    expect(text(reply)).toContain('Private answers: off');
    expect(isEphemeral(await discord.command('ask', question))).toBe(false);
  });

  it('overrides the deployment’s default (DISCORD_EPHEMERAL) in that server only', async () => {
    const { discord } = await withStore({ ephemeralByDefault: true });
    await discord.command('settings', privateAnswers(false), admin);
    expect(isEphemeral(await discord.command('ask', question))).toBe(false);
    expect(isEphemeral(await discord.command('ask', question, { guild: OTHER_GUILD }))).toBe(true);
  });

  it('also applies to notes, citations and outlines', async () => {
    const { discord } = await withStore();
    await discord.command('settings', privateAnswers(true), admin);
    const note = [{ name: 'number', type: OptionType.Integer, value: 24 }];
    expect(isEphemeral(await discord.command('note', note))).toBe(true);
    expect(isEphemeral(await discord.command('sections'))).toBe(true);
  });

  it('politely refuses a member without Manage Server, privately, and changes nothing', async () => {
    const { discord } = await withStore();
    const reply = await discord.command('settings', privateAnswers(true), member);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('Manage Server');
    expect(text(reply)).toContain('Private answers: off');
    expect(await store?.serverSettings('discord', FAKE_GUILD_ID)).toBeUndefined();
    expect(isEphemeral(await discord.command('ask', question))).toBe(false);
  });

  it('is kept in the database: it survives a restart on the same file', async () => {
    const first = await withStore();
    await first.discord.command('settings', privateAnswers(true), admin);
    await first.stop();
    h = undefined;
    await store?.close();
    const { discord } = await withStore();
    expect(isEphemeral(await discord.command('ask', question))).toBe(true);
    expect(text(await discord.command('settings', [], admin))).toContain('Private answers: on');
  });
});

describe('/cyberviews settings without an option', () => {
  it('shows the bot’s default while the server has chosen nothing', async () => {
    const { discord } = await withStore();
    const reply = await discord.command('settings', [], admin);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('Private answers: off');
    expect(text(reply)).toContain('has not chosen');
    expect(text(reply)).toContain('/cyberviews settings private_answers: True');
  });

  it('shows the server’s choice once made', async () => {
    const { discord } = await withStore();
    await discord.command('settings', privateAnswers(true), admin);
    const reply = await discord.command('settings', [], admin);
    expect(text(reply)).toContain('Private answers: on');
    expect(text(reply)).toContain('Chosen for this server');
  });
});

describe('when settings cannot work', () => {
  it('in a DM, explains that settings are per server', async () => {
    const { discord } = await withStore();
    const reply = await discord.command('settings', privateAnswers(true), 'dm');
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('per server');
  });

  it('without the store, says settings are unavailable and answers keep the default', async () => {
    h = await startHarness({ ephemeralByDefault: true });
    const reply = await h.discord.command('settings', privateAnswers(false), admin);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('unavailable');
    expect(isEphemeral(await h.discord.command('ask', question))).toBe(true);
  });

  it('when the database cannot be read, answers still come, with the default, and the log says why', async () => {
    const { discord, logged } = await withStore();
    await store?.close();
    const answer = await discord.command('ask', question);
    expect(isEphemeral(answer)).toBe(false);
    expect(text(answer)).toMatch(CITED);
    expect(logged.find((entry) => entry.level === 'warn')?.message).toContain('server settings');
  });

  it('when the database cannot be written, the admin is told nothing changed', async () => {
    const { discord } = await withStore();
    await store?.close();
    const reply = await discord.command('settings', privateAnswers(true), admin);
    expect(isEphemeral(reply)).toBe(true);
    expect(text(reply)).toContain('nothing changed');
  });
});

describe('/cyberviews help command: settings', () => {
  it('explains the setting and who may change it', async () => {
    const { discord } = await withStore();
    const help = [{ name: 'command', type: OptionType.String, value: 'settings' }];
    const reply = await discord.command('help', help);
    expect(text(reply)).toContain('/cyberviews settings [private_answers: True|False]');
    expect(text(reply)).toContain('Manage Server');
    expect(text(reply)).not.toContain('/cyberviews cite');
  });
});
