// Registering /cyberviews: one idempotent PUT of the full command list, global or for one guild.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands/definition.js';
import { main, registerCommands } from '../../adapters/discord/register.js';
import {
  FAKE_APPLICATION,
  FAKE_GUILD_ID,
  type FakeDiscord,
  startFakeDiscord,
} from '../fakes/discord/index.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(async () => {
  await discord?.close();
});

const puts = () => discord.rest.requests.filter((request) => request.method === 'PUT');

describe('registerCommands', () => {
  it('PUTs the full command list to the global commands route, with the bot token', async () => {
    const before = puts().length;
    const registered = await registerCommands({
      token: discord.token,
      applicationId: FAKE_APPLICATION.id,
      apiUrl: discord.apiUrl,
    });
    const [put] = puts().slice(before);
    expect(put?.path).toBe(`/applications/${FAKE_APPLICATION.id}/commands`);
    expect(put?.authorization).toBe(`Bot ${discord.token}`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    expect(registered).toMatchObject({ scope: 'global', commands: [{ name: 'cyberviews' }] });
  });

  it('registers settings as a subcommand, without hiding /cyberviews from members who are not admins', async () => {
    const before = puts().length;
    await registerCommands({
      token: discord.token,
      applicationId: FAKE_APPLICATION.id,
      apiUrl: discord.apiUrl,
    });
    const [command] = (puts().slice(before)[0]?.body ?? []) as {
      options?: { name: string }[];
      default_member_permissions?: unknown;
    }[];
    expect(command?.options?.map((option) => option.name)).toContain('settings');
    expect(command?.default_member_permissions ?? null).toBeNull();
  });

  it('registers in one guild when a guild id is given', async () => {
    const before = puts().length;
    const registered = await registerCommands({
      token: discord.token,
      applicationId: FAKE_APPLICATION.id,
      guildId: FAKE_GUILD_ID,
      apiUrl: discord.apiUrl,
    });
    expect(puts().slice(before)[0]?.path).toBe(
      `/applications/${FAKE_APPLICATION.id}/guilds/${FAKE_GUILD_ID}/commands`,
    );
    expect(registered.scope).toBe('guild');
  });

  it('sends the same body every time, so running it twice changes nothing', async () => {
    const before = puts().length;
    const options = { token: discord.token, applicationId: FAKE_APPLICATION.id, apiUrl: discord.apiUrl };
    await registerCommands(options);
    await registerCommands(options);
    const [first, second] = puts().slice(before);
    expect(second?.body).toEqual(first?.body);
    expect(second?.method).toBe('PUT');
  });

  it('fails with Discord’s error when the token is wrong', async () => {
    await expect(
      registerCommands({ token: 'wrong', applicationId: FAKE_APPLICATION.id, apiUrl: discord.apiUrl }),
    ).rejects.toThrow(/401|Unauthorized/);
  });
});

describe('the register command line', () => {
  const env = () => ({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: FAKE_APPLICATION.id,
    DISCORD_API_URL: discord.apiUrl,
  });

  it('reads DISCORD_* and registers, saying where', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await main({ ...env(), DISCORD_GUILD_ID: FAKE_GUILD_ID });
    expect(code).toBe(0);
    expect(log.mock.calls.join('\n')).toContain(`Registered /cyberviews in server ${FAKE_GUILD_ID}`);
    log.mockRestore();
  });

  it('explains a missing application id instead of calling Discord', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = puts().length;
    const code = await main({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
    expect(code).toBe(1);
    expect(error.mock.calls.join('\n')).toContain('DISCORD_APPLICATION_ID');
    expect(puts().length).toBe(before);
    error.mockRestore();
  });

  it('runs as a script: node adapters/discord/register (via tsx) PUTs to the fake and exits 0', async () => {
    const script = fileURLToPath(new URL('../../adapters/discord/register.ts', import.meta.url));
    const before = puts().length;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      env: { PATH: process.env.PATH ?? '', ...env() },
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      timeout: 15_000,
    });
    expect(stdout).toContain('Registered /cyberviews globally');
    expect(puts().length).toBe(before + 1);
  });
});
