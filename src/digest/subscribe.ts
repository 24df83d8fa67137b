// `/cyberviews subscribe …` arguments → a subscription: cadence, time, zone, topic, and the cron
// pattern the scheduler runs. Shared by every adapter, so Slack and Discord accept the same things.

import { Cron } from 'croner';
import type { Command } from '../commands/types.js';
import { arg, command, type Message, message, placeholder } from '../present/message.js';
import type { SubscriptionRequest } from './types.js';

export const DEFAULT_TIME = '09:00';
/** Weekly digests go out on Mondays unless a day is named. */
export const DEFAULT_WEEKDAY = 1;
/** Even administrators' cron patterns may post at most once an hour: a digest is not a feed. */
export const MIN_INTERVAL_MS = 60 * 60 * 1000;

const TIME = placeholder('time', 'HH:MM', true);
const TOPIC = placeholder('topic', 'topic', true);
/** `subscribe daily [HH:MM] [topic]`, the form users are pointed to first. */
export const SUBSCRIBE_DAILY = command('subscribe', arg('cadence', 'daily'), TIME, TOPIC);

export const SUBSCRIBE_USAGE: Message = message`Use ${SUBSCRIBE_DAILY} or ${command('subscribe', arg('cadence', 'weekly'), placeholder('time', 'monday', true), TIME, TOPIC)}, e.g. ${command('subscribe', arg('cadence', 'weekly'), arg('time', '08:30'), arg('topic', 'cyber sovereignty'))}. A time zone such as Europe/Berlin may follow the time; administrators may give \`cron <five fields> [topic]\`.`;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_NAMES = WEEKDAYS.map((day) => day[0]?.toUpperCase() + day.slice(1));

export type ParsedSubscription = { ok: true; request: SubscriptionRequest } | { ok: false; message: Message };

/** Whether running `command` depends on the user being an administrator (cron schedules). */
export function needsAdmin(command: Command): boolean {
  return command.kind === 'subscribe' && /^cron\b/i.test(command.args.trim());
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function weekdayOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((day) => day.startsWith(lower));
  return index >= 0 ? index : undefined;
}

/** A zone-looking word (Area/City, or UTC) that names a real zone; a bad one is an error, not a topic. */
function zoneOf(word: string | undefined): string | undefined | { bad: string } {
  if (word === undefined || !/^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)$/.test(word)) return undefined;
  return isTimeZone(word) ? word : { bad: word };
}

/** Checks a cron pattern: valid for croner, and never firing more than once an hour. */
export function checkCron(pattern: string, zone: string): string | undefined {
  let cron: Cron;
  try {
    cron = new Cron(pattern, { timezone: zone, paused: true });
  } catch (error) {
    return `“${pattern}” is not a cron pattern croner understands (${error instanceof Error ? error.message : 'invalid'}). Example: \`0 9 * * 1-5\` (09:00 on weekdays).`;
  }
  const runs = cron.nextRuns(4);
  if (runs.length === 0) return `“${pattern}” never fires. Example: \`0 9 * * 1-5\` (09:00 on weekdays).`;
  for (let i = 1; i < runs.length; i++) {
    const gap = (runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0);
    if (gap < MIN_INTERVAL_MS)
      return `“${pattern}” fires more than once an hour; digests may go out at most hourly.`;
  }
  return undefined;
}

/** Parses what follows `/cyberviews subscribe`. */
export function parseSubscription(
  args: string,
  options: { admin: boolean; defaultZone: string },
): ParsedSubscription {
  const words = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const fail = (text: Message | string): ParsedSubscription => ({
    ok: false,
    message: typeof text === 'string' ? [text] : text,
  });
  const head = words.shift()?.toLowerCase();
  if (head !== 'daily' && head !== 'weekly' && head !== 'cron') {
    return fail(
      head === undefined
        ? message`How often? ${SUBSCRIBE_USAGE}`
        : message`“${head.slice(0, 40)}” is not a cadence. ${SUBSCRIBE_USAGE}`,
    );
  }
  let cron: string;
  let time: string | null = null;
  let weekday: number | null = null;
  if (head === 'cron') {
    if (!options.admin) {
      return fail(
        message`Only workspace or server administrators can schedule with a cron pattern. Use ${SUBSCRIBE_DAILY} or \`weekly\`.`,
      );
    }
    if (words.length < 5)
      return fail(
        message`A cron pattern has five fields, e.g. ${command('subscribe', arg('cadence', 'cron'), arg('cron', '0 9 * * 1-5'))}.`,
      );
    cron = words.splice(0, 5).join(' ');
  } else {
    if (head === 'weekly') {
      const day = words[0] === undefined ? undefined : weekdayOf(words[0]);
      if (day !== undefined) words.shift();
      weekday = day ?? DEFAULT_WEEKDAY;
    }
    time = DEFAULT_TIME;
    const clock = words[0] === undefined ? undefined : /^(\d{1,2}):(\d{2})$/.exec(words[0]);
    if (clock) {
      const hours = Number(clock[1]);
      const minutes = Number(clock[2]);
      if (hours > 23 || minutes > 59)
        return fail(`“${words[0]}” is not a time of day; use HH:MM from 00:00 to 23:59.`);
      time = `${String(hours).padStart(2, '0')}:${clock[2]}`;
      words.shift();
    } else if (words[0] !== undefined && /^\d{1,2}([:.h]\d{2})?$|^\d{1,2}(am|pm)$/i.test(words[0])) {
      return fail(`“${words[0]}” is not a time in HH:MM, e.g. 08:30 or 17:00.`);
    }
    const [hh, mm] = time.split(':').map(Number);
    cron = head === 'daily' ? `${mm} ${hh} * * *` : `${mm} ${hh} * * ${weekday}`;
  }
  const zone = zoneOf(words[0]);
  if (typeof zone === 'object')
    return fail(`“${zone.bad}” is not a time zone I know; use one like Europe/Berlin or America/New_York.`);
  if (zone !== undefined) words.shift();
  const resolvedZone = zone ?? options.defaultZone;
  const problem = checkCron(cron, resolvedZone);
  if (problem) return fail(problem);
  const topic = words.join(' ').trim();
  if (topic.length > 200)
    return fail(
      `That topic is ${topic.length} characters long; keep it under 200, e.g. “cyber sovereignty”.`,
    );
  return {
    ok: true,
    request: { cadence: head, time, weekday, cron, zone: resolvedZone, topic: topic === '' ? null : topic },
  };
}

/** "daily at 09:00 (UTC)", "weekly on Monday at 08:30 (Europe/Berlin)", "cron 0 9 * * 1-5 (UTC)". */
export function describeSchedule(
  request: Pick<SubscriptionRequest, 'cadence' | 'time' | 'weekday' | 'cron' | 'zone'>,
): string {
  if (request.cadence === 'daily') return `daily at ${request.time} (${request.zone})`;
  if (request.cadence === 'weekly')
    return `weekly on ${WEEKDAY_NAMES[request.weekday ?? DEFAULT_WEEKDAY]} at ${request.time} (${request.zone})`;
  return `cron ${request.cron} (${request.zone})`;
}

/** The first time `cron` fires strictly after `after` (ms since the epoch), or null. */
export function nextRun(cron: string, zone: string, after: number): number | null {
  const next = new Cron(cron, { timezone: zone, paused: true }).nextRun(new Date(after));
  return next ? next.getTime() : null;
}
