#!/usr/bin/env node
// The `cyberviews` command: ask, cite, note, sections, about, help. Human-readable by default,
// `--json` for machines; with `--json` and no argument, ask/cite/note read one query per stdin line
// and print one JSON object per line (the contract the evaluation scorer and adapters rely on).

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  type CommandResult,
  type Cyberviews,
  cleanInput,
  createCyberviews,
  type Digest,
  MAX_INPUT,
  MAX_LIMIT,
  type Message,
  NOTE_RANGE,
  parseCommand,
} from '../../src/index.js';
import { cliText } from './command.js';
import { ANSI, formatResult, PLAIN } from './format.js';

export const USAGE = `Usage: cyberviews <command> [--json] [options] [text]

Commands:
  ask [--limit N] "question"   cited passages that answer a question (N = 1–${MAX_LIMIT}, default 3)
  cite "phrase"                where a phrase stands: page, paragraph, the note that sources it
  note N                       the passage carrying footnote marker N (${NOTE_RANGE.first}–${NOTE_RANGE.last})
  sections                     the article's outline with pages
  about                        title, author, venue, link, how to cite
  digest [topic]               the article section by section, or what it says on a topic, cited
  feedback [--since DAYS]      the 👍/👎 votes on the bot's answers (DATA_DIR): most voted down first
  feedback --export            the voted-down questions as an evaluation set: [{"id", "q", "gold": []}]
  help                         this text

Options:
  --json        print JSON (one object per line)
  --limit N     how many passages ask returns
  --since DAYS  feedback: only votes from the last DAYS days
  --export      feedback: write the evaluation set to stdout

Batch mode: ask, cite and note with --json and no text read one query per line from stdin.
Example: cyberviews ask "what is cyber sovereignty"`;

class UsageError extends Error {}

/** The digest JSON contract: {"topic", "items": [{"text", "section", "page", "pages", "notes", "citation", "sourceKinds"}]}. */
function digestJson(digest: Digest): object {
  return {
    topic: digest.topic,
    items: digest.items.map(({ text, section, page, pages, notes, citation, sourceKinds }) => ({
      text,
      section,
      page,
      pages,
      notes,
      citation,
      sourceKinds,
    })),
    ...(digest.message !== undefined && { message: digest.message }),
    ...(digest.suggestions !== undefined && { suggestions: digest.suggestions }),
  };
}

type Query = 'ask' | 'cite' | 'note';

/** Runs one query; returns the JSON object to print, or throws a UsageError for bad input. */
function runQuery(core: Cyberviews, command: Query, text: string, limit: number | undefined): object {
  const input = cleanInput(text);
  if (input === '')
    throw new UsageError(
      `${command}: empty ${command === 'note' ? 'note number' : command === 'cite' ? 'phrase' : 'question'}.`,
    );
  if (command === 'ask') {
    const parsed = parseCommand(`ask ${input}`);
    if (parsed.kind !== 'ask')
      throw new UsageError(parsed.kind === 'invalid' ? cliText(parsed.message) : 'Not a question.');
    return core.ask(parsed.question, limit === undefined ? {} : { limit });
  }
  if (command === 'cite') {
    if (input.length > MAX_INPUT)
      throw new UsageError(`The phrase is ${input.length} characters long; the limit is ${MAX_INPUT}.`);
    return core.cite(input);
  }
  const parsed = parseCommand(`note ${input}`);
  if (parsed.kind !== 'note')
    throw new UsageError(parsed.kind === 'invalid' ? cliText(parsed.message) : 'Not a note number.');
  const result = core.note(parsed.note);
  if (result.kind !== 'note')
    throw new UsageError(result.kind === 'error' ? cliText(result.message) : 'No such note.');
  return result.result;
}

/** JSON carries text: an answer's message with its commands written as this CLI takes them. */
function jsonOf(out: object): string {
  const message = (out as { message?: Message }).message;
  return JSON.stringify(Array.isArray(message) ? { ...out, message: cliText(message) } : out);
}

function toResult(command: Query, value: object): CommandResult {
  if (command === 'ask') return { kind: 'answer', answer: value as never };
  if (command === 'cite') return { kind: 'cite', result: value as never };
  return { kind: 'note', result: value as never };
}

async function batch(core: Cyberviews, command: Query, limit: number | undefined): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    let out: object;
    try {
      out = runQuery(core, command, line, limit);
    } catch (error) {
      out = { error: error instanceof UsageError ? error.message : 'internal error; see stderr' };
      if (!(error instanceof UsageError)) console.error(error);
    }
    process.stdout.write(`${jsonOf(out)}\n`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: {
        json: { type: 'boolean' };
        limit: { type: 'string' };
        since: { type: 'string' };
        export: { type: 'boolean' };
        help: { type: 'boolean'; short: 'h' };
      };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        since: { type: 'string' },
        export: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command = 'help', ...rest] = positionals;
  const text = rest.join(' ');
  const json = values.json === true;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1 || limit > MAX_LIMIT) {
      console.error(`--limit must be a whole number from 1 to ${MAX_LIMIT}.`);
      return 2;
    }
  }
  if (command === 'feedback') return feedback(json, values.export === true, values.since);
  if (!['ask', 'cite', 'note', 'sections', 'about', 'digest'].includes(command)) {
    console.error(
      `Unknown command "${command.slice(0, 40)}". Commands: ask, cite, note, sections, about, digest, feedback, help.\n\n${USAGE}`,
    );
    return 2;
  }
  const core = createCyberviews();
  if (command === 'digest') {
    const topic = cleanInput(text);
    const result = core.run(topic === '' ? { kind: 'digest' } : { kind: 'digest', topic });
    if (result.kind !== 'digest') {
      console.error(formatResult(result));
      return 1;
    }
    console.log(json ? JSON.stringify(digestJson(result.digest)) : formatResult(result));
    return 0;
  }
  if (command === 'sections' || command === 'about') {
    const result = core.run({ kind: command });
    console.log(
      json
        ? JSON.stringify(
            result.kind === 'sections'
              ? { sections: result.outline }
              : result.kind === 'about'
                ? result.about
                : result,
          )
        : formatResult(result),
    );
    return 0;
  }
  const query = command as Query;
  if (text === '' && json) {
    await batch(core, query, limit);
    return 0;
  }
  if (text === '') {
    console.error(
      `${query} needs ${query === 'note' ? 'a note number' : query === 'cite' ? 'a phrase' : 'a question'}, e.g. ${query === 'note' ? 'cyberviews note 24' : query === 'cite' ? 'cyberviews cite "lower-hanging fruit"' : 'cyberviews ask "what is cyber sovereignty"'}`,
    );
    return 2;
  }
  try {
    const out = runQuery(core, query, text, limit);
    console.log(json ? jsonOf(out) : formatResult(toResult(query, out), process.stdout.isTTY ? ANSI : PLAIN));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** `feedback`: reads the votes from the bot's database (DATABASE_URL or DATA_DIR, from the environment or .env). */
async function feedback(json: boolean, exportSet: boolean, since: string | undefined): Promise<number> {
  if (since !== undefined && (!/^\d+$/.test(since) || Number(since) < 1)) {
    console.error('--since must be a whole number of days, e.g. --since 7.');
    return 2;
  }
  // Loaded only here: answering never opens the database (nor reads .env).
  await import('dotenv/config');
  const { runFeedback } = await import('./feedback.js');
  return runFeedback({
    json,
    export: exportSet,
    sinceDays: since === undefined ? undefined : Number(since),
    dataDir: process.env.DATA_DIR?.trim() || './data',
    databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
    now: Date.now(),
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('cyberviews failed unexpectedly:', error);
    process.exitCode = 70;
  },
);
