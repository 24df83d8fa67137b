// The core writes commands the way the console and Slack take them ("/cyberviews note 24"); Discord
// users type options ("/cyberviews note number: 24"). This rewrites the one into the other.

/** Each subcommand's option name; null for those that take none. */
const OPTIONS: Record<string, string | null> = {
  ask: 'question',
  cite: 'phrase',
  note: 'number',
  sections: null,
  about: null,
  help: 'command',
  digest: null,
  subscribe: null,
  unsubscribe: null,
  subscriptions: null,
  settings: 'private_answers',
};

/** "/cyberviews note 24" → "/cyberviews note number: 24"; a bare question becomes `ask question:`. */
export function discordSyntax(line: string): string {
  const match = /^\/cyberviews(?:\s+([\s\S]*))?$/.exec(line.trim());
  if (!match) return line;
  const rest = (match[1] ?? '').trim();
  if (rest === '') return '/cyberviews help';
  const [head = '', ...tail] = rest.split(/\s+/);
  const word = head.toLowerCase();
  if (!(word in OPTIONS)) return `/cyberviews ask question: ${rest}`;
  const option = OPTIONS[word];
  if (!option) return `/cyberviews ${word}`;
  const args = tail.join(' ');
  // Already in Discord syntax, optional brackets included.
  if (args.startsWith(`${option}:`) || args.startsWith(`[${option}:`)) return `/cyberviews ${word} ${args}`;
  return args ? `/cyberviews ${word} ${option}: ${args}` : `/cyberviews ${word} ${option}:`;
}

/** Every `/cyberviews …` in backticks within `text`, rewritten for Discord. */
export function discordSyntaxIn(text: string): string {
  return text.replace(/`(\/cyberviews[^`]*)`/g, (_match, command: string) => `\`${discordSyntax(command)}\``);
}
