import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Specs that spawn the bot run dist/: rebuild it first when a source is newer.
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // expect.poll waits for something to happen, never measures speed: its 1 s default failed specs
    // on a loaded machine without saying anything about the code.
    expect: { poll: { timeout: 10_000 } },
  },
});
