import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = 'dist/adapters/cli/main.js';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('cyberviews ask --json', () => {
  it('returns the query, whether it was answered, and cited passages with the full contract', () => {
    const { code, stdout } = run(['ask', '--json', 'what is cyber sovereignty']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ query: 'what is cyber sovereignty', answered: true });
    const top = answer.passages[0];
    for (const key of [
      'id',
      'text',
      'excerpt',
      'page',
      'pages',
      'section',
      'paragraph',
      'notes',
      'citation',
      'score',
    ]) {
      expect(top).toHaveProperty(key);
    }
    expect(top.text).toContain('sovereign “virtual territory” on the Internet');
    expect(top.excerpt.length).toBeLessThanOrEqual(400);
    expect(top.citation).toMatch(
      /^Swaine, "Chinese Views on Cybersecurity in Foreign Relations," China Leadership Monitor 42 \(2013\), pp\. 3–4, ¶\d+, nn\. 14–15$/,
    );
  });

  it('honours --limit', () => {
    const answer = JSON.parse(run(['ask', '--json', '--limit', '1', 'cyber sovereignty']).stdout);
    expect(answer.passages).toHaveLength(1);
  });

  it('refuses out-of-scope questions with a helpful line and no passages', () => {
    const answer = JSON.parse(run(['ask', '--json', 'What is the capital of France?']).stdout);
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    // The commands it suggests are the ones this CLI takes: no chat slash, no chat markup.
    expect(answer.message).toContain('Try cyberviews help, or cyberviews about for the article itself');
    expect(answer.message).not.toMatch(/\/cyberviews|`/);
  });
});

describe('cyberviews cite and note', () => {
  it('finds a phrase with its page and the note that sources it', () => {
    const result = JSON.parse(run(['cite', '--json', 'lower-hanging fruit']).stdout);
    expect(result.matches[0]).toMatchObject({ page: 9, notes: [51] });
  });

  it('returns no match for a phrase that is not in the article', () => {
    expect(JSON.parse(run(['cite', '--json', 'the medium is the message']).stdout).matches).toEqual([]);
  });

  it('returns the passage carrying a note, on the marker’s own page', () => {
    const result = JSON.parse(run(['note', '--json', '32']).stdout);
    expect(result.note).toBe(32);
    expect(result.passage.page).toBe(6);
    expect(result.passage.pages).toEqual([5, 6]);
  });
});

describe('batch mode', () => {
  it('answers one JSON line per input line, in order', () => {
    const { code, stdout } = run(
      ['ask', '--json'],
      'what is cyber sovereignty\nWhat is the capital of France?\n',
    );
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.answered)).toEqual([true, false]);
  });

  it('answers a bad line with a one-line error and goes on', () => {
    const { stdout } = run(['note', '--json'], `1\n0\n86\nabc\n\n85\n`);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0].passage.page).toBe(1);
    expect(lines.slice(1, 5).map((bad) => bad.error)).toEqual([
      expect.stringMatching(/^There is no note 0\. .*notes 1–85/),
      expect.stringMatching(/^There is no note 86\. /),
      expect.stringMatching(/^"abc" is not a note number\. /),
      expect.stringMatching(/empty note number/),
    ]);
    expect(lines[5].note).toBe(85);
  });

  it('survives a 100 kB line', () => {
    const { code, stdout } = run(
      ['ask', '--json'],
      `${'cyber '.repeat(20_000)}\nwhat is cyber sovereignty\n`,
    );
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines[0].error).toMatch(/limit is 500/);
    expect(lines[1].answered).toBe(true);
  });
});

describe('errors', () => {
  it.each([
    [['note', '0'], /notes 1–85/],
    [['note', '86'], /notes 1–85; try cyberviews note 24\./],
    [['note', 'abc'], /not a note number/],
    [['ask', '  '], /empty question/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['ask', '--limit', '0', 'x'], /--limit/],
  ])('%j goes to stderr with a non-zero exit and a clean stdout', (args, message) => {
    const { code, stdout, stderr } = run(args as string[]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('human output', () => {
  it('prints excerpts with their citations', () => {
    const { stdout } = run(['ask', 'what is cyber sovereignty']);
    expect(stdout).toContain('virtual territory');
    expect(stdout).toContain('China Leadership Monitor 42 (2013)');
  });

  it('prints the outline and how to cite', () => {
    expect(run(['sections']).stdout).toContain('Conclusions and Observations — pp. 13–16');
    expect(run(['about']).stdout).toContain(
      'https://carnegieendowment.org/2013/09/20/chinese-views-on-cybersecurity-in-foreign-relations',
    );
  });
});

describe('npm start without credentials', () => {
  it('says no chat credentials were found, answers piped lines and exits cleanly', () => {
    const env = {
      ...process.env,
      SLACK_SIGNING_SECRET: '',
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
      DISCORD_TOKEN: '',
    };
    const r = spawnSync(process.execPath, ['dist/adapters/main.js'], {
      input: 'what is cyber sovereignty\nnote 24\n',
      encoding: 'utf8',
      env,
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No Slack or Discord credentials found');
    expect(r.stdout).toContain('sovereign “virtual territory” on the Internet');
    expect(r.stdout).toContain('Note 24 stands on p. 5');
  });

  it('suggests commands in the form it reads them, and reads what it suggests', () => {
    const r = spawnSync(process.execPath, ['dist/adapters/main.js'], {
      input: 'note 86\ncyberviews note 24\nhelp\n',
      encoding: 'utf8',
      env: {
        ...process.env,
        SLACK_SIGNING_SECRET: '',
        SLACK_BOT_TOKEN: '',
        SLACK_APP_TOKEN: '',
        DISCORD_TOKEN: '',
      },
      timeout: 20_000,
    });
    expect(r.stdout).toContain('The article has notes 1–85; try cyberviews note 24.');
    expect(r.stdout).toContain('Note 24 stands on p. 5');
    expect(r.stdout).toContain('  cyberviews cite <phrase>\n');
    expect(r.stdout).toContain('e.g. cyberviews ask what is cyber sovereignty');
    expect(r.stdout).not.toContain('`');
  });
});
