// `cyberviews feedback`: what people voted on answers in Slack and Discord, read from the bot's database
// (DATABASE_URL's Postgres when set, else the SQLite file in DATA_DIR): the questions most often voted down with what they were shown and why; `--export` writes
// them as an evaluation set ({id, q, gold: []}) for `node ../shared/eval/score.mjs ask FILE` once a person
// has filled in the gold. Loaded only for this command, so answering never opens the database.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Cyberviews,
  createCyberviews,
  DATABASE_FILE,
  describeLocation,
  type FeedbackReport,
  formatPages,
  formatParagraphs,
  openStore,
  type Store,
  summariseVotes,
  toEvalSet,
} from '../../src/index.js';

const DAY = 86_400_000;

export interface FeedbackOptions {
  json: boolean;
  export: boolean;
  /** Only votes from the last N days; all kept votes when undefined. */
  sinceDays: number | undefined;
  dataDir: string;
  /** DATABASE_URL: the bot's Postgres; the SQLite file in `dataDir` when undefined. */
  databaseUrl?: string | undefined;
  now: number;
}

/** A passage id as a reader can find it: "p30 (pp. 5–6, ¶30)". */
function describePassage(core: Cyberviews, id: string): string {
  const passage = core.passage(id);
  return passage
    ? `${id} (${formatPages(passage.pages)}, ${formatParagraphs(passage.paragraphs)})`
    : `${id} (no longer in the article)`;
}

function human(report: FeedbackReport, core: Cyberviews, since: string): string {
  if (report.votes === 0)
    return `No votes ${since}. Votes come from the 👍 / 👎 buttons on the bot's answers.`;
  const lines = [
    `${report.votes} votes ${since}: ${report.helpful} helpful, ${report.unhelpful} not helpful.`,
  ];
  const down = report.questions.filter((entry) => entry.down > 0);
  if (down.length > 0) lines.push('', 'Most often voted down:');
  for (const entry of down) {
    lines.push(`  ${entry.down} 👎  ${entry.up} 👍  ${entry.question}`);
    const shown = entry.shown.map((id) => describePassage(core, id)).join(', ');
    lines.push(`        shown: ${shown || 'nothing'}`);
    for (const reason of entry.reasons.slice(0, 3)) lines.push(`        why: ${reason}`);
  }
  const up = report.questions.filter((entry) => entry.down === 0);
  if (up.length > 0)
    lines.push('', `Voted helpful only: ${up.length} question${up.length === 1 ? '' : 's'}.`);
  lines.push(
    '',
    'cyberviews feedback --export > misses.json writes the voted-down questions as an evaluation set (fill in gold).',
  );
  return lines.join('\n');
}

/** Runs the command; resolves to its exit code. Output goes to stdout, problems to stderr. */
export async function runFeedback(options: FeedbackOptions): Promise<number> {
  const location = { dataDir: options.dataDir, databaseUrl: options.databaseUrl };
  const file = join(options.dataDir, DATABASE_FILE);
  if (options.databaseUrl === undefined && !existsSync(file)) {
    console.error(
      `No database at ${file}: the bot has recorded no votes there. Set DATA_DIR to the directory the running bot uses (or DATABASE_URL to its Postgres).`,
    );
    return 1;
  }
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    console.error(
      `Cannot open ${describeLocation(location)}: ${error instanceof Error ? error.message : String(error)}. Check ${options.databaseUrl ? 'DATABASE_URL and that Postgres is reachable' : 'DATA_DIR'}.`,
    );
    return 1;
  }
  try {
    const since = options.sinceDays === undefined ? 0 : options.now - options.sinceDays * DAY;
    const votes = await store.feedback.votesSince(since);
    const report = summariseVotes(votes);
    if (options.export) {
      process.stdout.write(`${JSON.stringify(toEvalSet(report), null, 1)}\n`);
      return 0;
    }
    if (options.json) {
      const core = createCyberviews();
      const questions = report.questions.map((entry) => ({
        ...entry,
        shown: entry.shown.map((id) => {
          const passage = core.passage(id);
          return passage
            ? {
                id,
                page: passage.page,
                pages: passage.pages,
                paragraph: passage.paragraph,
                citation: passage.citation,
              }
            : { id };
        }),
      }));
      console.log(JSON.stringify({ since: since === 0 ? null : since, ...report, questions }));
      return 0;
    }
    const label = options.sinceDays === undefined ? 'kept' : `in the last ${options.sinceDays} days`;
    console.log(human(report, createCyberviews(), label));
    return 0;
  } finally {
    await store.close();
  }
}
