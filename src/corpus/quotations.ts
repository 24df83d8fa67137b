// Quotations in a paragraph (text in curly double quotes) and whom the text says is speaking.

import type { Quotation, Sentence, Speaker } from '../types.js';

export type { Speaker };

/** Quotations shorter than this many words are terms ("cyber sovereignty"), not statements. */
const MIN_QUOTE_WORDS = 4;

/** Top-level “…” spans in `text` (nested quotes stay inside their outer quotation). */
export function findQuoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '”' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start: open, end: i + 1 });
    }
  }
  return spans;
}

/** The speaker whose mention stands last in `context`, if any. */
export function lastSpeakerIn(context: string, speakers: readonly Speaker[]): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const speaker of speakers) {
    for (const pattern of speaker.patterns) {
      const at = context.lastIndexOf(pattern);
      if (at >= 0 && (!best || at > best.at)) best = { name: speaker.name, at };
    }
  }
  return best?.name;
}

/** Statements quoted inline in a paragraph, attributed from the text before them in their sentence. */
export function inlineQuotations(
  text: string,
  sentences: readonly Sentence[],
  speakers: readonly Speaker[],
): Quotation[] {
  return findQuoteSpans(text)
    .filter((span) => text.slice(span.start, span.end).split(/\s+/).length >= MIN_QUOTE_WORDS)
    .map((span) => {
      const sentenceIndex = sentences.findIndex((s) => s.end > span.start);
      const sentence = sentences[Math.max(0, sentenceIndex)];
      const previous = sentences[sentenceIndex - 1];
      const before = text.slice(sentence?.start ?? 0, span.start);
      const speaker =
        lastSpeakerIn(before, speakers) ??
        (previous ? lastSpeakerIn(text.slice(previous.start, previous.end), speakers) : undefined);
      const quotation: Quotation = { ...span, text: text.slice(span.start + 1, span.end - 1), block: false };
      if (speaker) quotation.speaker = speaker;
      return quotation;
    });
}
