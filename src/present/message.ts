// Messages with command references as data: the core says "try the help command", each platform writes
// it its own way (Slack `/cyberviews help`, Discord `/cyberviews note number: 24`, the terminal
// `cyberviews help`). The core never spells a platform's command syntax.

/** One argument of a command reference: a value, or a placeholder for one ("<phrase>", "[topic]"). */
export interface CommandArg {
  /** The argument's name, as platforms with named options (Discord) show it: "question", "number". */
  name: string;
  /** What the user types, or, for a placeholder, what to type ("1–85", "HH:MM"). */
  value: string;
  /** The user may leave it out: shown in square brackets. */
  optional?: boolean;
  /** Stands for a value the user chooses: a required one is shown in angle brackets. */
  placeholder?: boolean;
}

/** A command the user can type: a subcommand name ("help", "note"; adapters may add their own) and its arguments. */
export interface CommandRef {
  command: string;
  args: readonly CommandArg[];
}

/** User-visible text in which command references stay data until a platform renders them. */
export type Message = readonly (string | CommandRef)[];

/** A reference to `command` with `args`, e.g. `command('note', arg('number', '24'))`. */
export function command(name: string, ...args: CommandArg[]): CommandRef {
  return { command: name, args };
}

/** An argument with a value. */
export function arg(name: string, value: string): CommandArg {
  return { name, value };
}

/** A placeholder the user fills in: `<value>`, or `[value]` when optional. */
export function placeholder(name: string, value: string = name, optional = false): CommandArg {
  return { name, value, placeholder: true, ...(optional && { optional: true }) };
}

/** A message written as a template: `message\`Try ${command('help')}.\``; numbers become text. */
export function message(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | CommandRef | Message)[]
): Message {
  const pieces: (string | CommandRef | Message)[] = [];
  strings.forEach((text, i) => {
    pieces.push(text);
    const value = values[i];
    if (value !== undefined) pieces.push(typeof value === 'number' ? String(value) : value);
  });
  return joinMessages(...pieces);
}

/** Text, references and messages joined into one message (adjacent text merged). */
export function joinMessages(...pieces: readonly (string | CommandRef | Message)[]): Message {
  const parts: (string | CommandRef)[] = [];
  const push = (part: string | CommandRef) => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  for (const piece of pieces) {
    if (typeof piece === 'string' || !Array.isArray(piece)) push(piece as string | CommandRef);
    else for (const part of piece as Message) push(part);
  }
  return parts;
}

/** The message as text, each command reference written by `write`. */
export function renderMessage(text: Message, write: (ref: CommandRef) => string): string {
  return text.map((part) => (typeof part === 'string' ? part : write(part))).join('');
}

/** The command references a message holds, in order. */
export function commandRefs(text: Message): CommandRef[] {
  return text.filter((part): part is CommandRef => typeof part !== 'string');
}

/**
 * A command's arguments written positionally, as Slack and the terminal take them: values as they are,
 * required placeholders in angle brackets, optional arguments in square brackets.
 */
export function positionalArgs(args: readonly CommandArg[]): string {
  return args.map((a) => (a.optional ? `[${a.value}]` : a.placeholder ? `<${a.value}>` : a.value)).join(' ');
}
