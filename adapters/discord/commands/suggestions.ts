// Autocomplete for `ask`: questions and topics taken from the article (the core's suggested questions,
// the help's sample question and the section titles), filtered by what the user has typed so far.

import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Cyberviews } from '../../../src/index.js';
import { LIMITS } from '../limits.js';

const cache = new WeakMap<Cyberviews, string[]>();

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Sample questions first (they read as questions), then section titles; deduplicated, each ≤100 chars. */
export function candidates(core: Cyberviews): string[] {
  const cached = cache.get(core);
  if (cached) return cached;
  const found: string[] = [...core.suggestedQuestions];
  const help = core.run({ kind: 'help' });
  if (help.kind === 'help') {
    for (const entry of help.help.entries) {
      // The ask entry's example is a question.
      if (typeof entry.example === 'string' || entry.example.command !== 'ask') continue;
      const question = entry.example.args.find((a) => a.name === 'question')?.value.trim();
      if (question) found.push(question);
    }
  }
  const outline = core.run({ kind: 'sections' });
  if (outline.kind === 'sections') {
    for (const entry of outline.outline) found.push(entry.title.trim());
  }
  const seen = new Set<string>();
  const unique = found.filter((text) => {
    const key = text.toLowerCase();
    if (text === '' || text.length > LIMITS.choiceValue || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  cache.set(core, unique);
  return unique;
}

/** Up to 25 choices whose words start with every word typed; what was typed leads when nothing matches. */
export function suggestionsFor(core: Cyberviews, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const wanted = words(typed);
  const all = candidates(core);
  const matching = all.filter((candidate) => {
    const have = words(candidate);
    return wanted.every((word) => have.some((w) => w.startsWith(word)));
  });
  const prefix = typed.trim().toLowerCase();
  matching.sort(
    (a, b) => Number(b.toLowerCase().startsWith(prefix)) - Number(a.toLowerCase().startsWith(prefix)),
  );
  const texts =
    matching.length > 0 ? matching : typed.trim() ? [typed.trim().slice(0, LIMITS.choiceValue)] : [];
  return texts.slice(0, LIMITS.choices).map((text) => ({ name: text, value: text }));
}
