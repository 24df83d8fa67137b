// CommandResult → plain text for the terminal: excerpts, citations and outlines ready to paste.

import {
  type CommandResult,
  type Digest,
  emptyDigestNotice,
  formatPages,
  formatParagraphs,
  type Notice,
  type Passage,
  phraseNotFound,
  refusalNotice,
  type Span,
  type SubscriptionView,
  sourceKindsLabel,
} from '../../src/index.js';
import { cliCommand, cliText } from './command.js';

/** The core's notice: its text, and the hint on the next line. */
function noticeText({ text, hint }: Notice): string {
  return hint === undefined ? cliText(text) : `${cliText(text)}\n${cliText(hint)}`;
}

export interface TextStyle {
  bold(text: string): string;
}

export const PLAIN: TextStyle = { bold: (t) => t };
export const ANSI: TextStyle = { bold: (t) => `\u001b[1m${t}\u001b[22m` };

/** Applies `style.bold` to the highlighted spans of an excerpt. */
export function highlight(text: string, spans: readonly Span[], style: TextStyle): string {
  let out = '';
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + style.bold(text.slice(span.start, span.end));
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

function passageLines(p: Passage, n: number, style: TextStyle): string[] {
  return [
    `${n}. ${p.section} — ${formatPages(p.pages)}, ${formatParagraphs(p.paragraphs)}`,
    `   ${highlight(p.excerpt, p.highlights, style)}`,
    `   ${p.citation}`,
  ];
}

export function formatResult(result: CommandResult, style: TextStyle = PLAIN): string {
  switch (result.kind) {
    case 'answer': {
      const { answer } = result;
      if (!answer.answered) return noticeText(refusalNotice(answer));
      return answer.passages.flatMap((p, i) => passageLines(p, i + 1, style)).join('\n');
    }
    case 'cite': {
      const { matches, query, acknowledgement } = result.result;
      if (matches.length === 0) return noticeText(phraseNotFound(query, acknowledgement));
      return matches
        .map(
          (m) =>
            `p. ${m.page}, ¶${m.paragraph}${m.notes[0] ? `, n. ${m.notes[0]}` : ''} — ${m.section}\n   “${m.text}”\n   ${m.citation}`,
        )
        .join('\n');
    }
    case 'note': {
      const { note, passage } = result.result;
      return [
        `Note ${note} stands on p. ${passage.page}, in ${formatParagraphs(passage.paragraphs)} (${passage.section}):`,
        `   ${passage.excerpt}`,
        `   ${passage.citation}`,
      ].join('\n');
    }
    case 'sections':
      return result.outline
        .map(
          (s) => `${s.index}. ${s.title} — ${formatPages(s.pages)} (¶${s.paragraphs[0]}–${s.paragraphs[1]})`,
        )
        .join('\n');
    case 'about': {
      const { meta, citation, coverage } = result.about;
      return [
        `${meta.title}`,
        `${meta.author}, ${meta.venue} no. ${meta.issue} (${meta.year})`,
        meta.url,
        '',
        coverage,
        '',
        `Cite as: ${citation}`,
      ].join('\n');
    }
    case 'help':
      return [
        result.help.summary,
        '',
        ...result.help.entries.map(
          (e) =>
            `  ${typeof e.usage === 'string' ? e.usage : cliCommand(e.usage)}\n      ${e.description}  e.g. ${typeof e.example === 'string' ? e.example : cliCommand(e.example)}`,
        ),
      ].join('\n');
    case 'digest':
      return formatDigest(result.digest);
    case 'subscriptions':
      return [cliText(result.message), ...result.subscriptions.map(formatSubscription)].join('\n');
    case 'error':
    case 'unavailable':
      return cliText(result.message);
  }
}

/** A digest as text: its title, then each section's items with citation and kinds of source. */
export function formatDigest(digest: Digest): string {
  if (digest.items.length === 0) return noticeText(emptyDigestNotice(digest.message, digest.suggestions));
  const lines = [digest.title];
  let section: string | undefined;
  for (const item of digest.items) {
    if (item.section !== section) {
      section = item.section;
      lines.push('', `## ${section}`);
    }
    // Shown as answers are, indented and unquoted: the article's own quotation marks stay unambiguous.
    lines.push(`   ${item.text}`, `   ${item.citation} · sources: ${sourceKindsLabel(item.sourceKinds)}`);
  }
  return lines.join('\n');
}

function formatSubscription(view: SubscriptionView): string {
  const what = view.topic === null ? 'reading digest' : `digest on “${view.topic}”`;
  const state = view.paused
    ? `paused: ${view.pausedReason ?? 'no reason given'}`
    : `next ${view.next === null ? 'never' : new Date(view.next).toISOString()}`;
  return `  ${what}, ${view.schedule} (${state})`;
}
