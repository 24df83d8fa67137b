// Chat markup in a question: what Slack, Discord and Markdown draw rather than say. Emphasis around a
// word ("how **many** ppl", "_who_ said it", "~year~", "`cyber sovereignty`", "||spoiler||"), emoji and
// emoji codes (🤔, :thinking_face:) carry no words, yet a marker glued to a word hides it from what reads
// the question ("how many" asks for a count; "how **many" does not). So they are read as nothing.

/** Emphasis markers, longest first: bold, italic, strike, code, spoiler. */
const MARKER = String.raw`\*\*|__|~~|\|\||\x60\x60\x60|[*_~\x60]`;

/** A marker opening after a space or the start, closing before a space, punctuation or the end. */
const EMPHASIS = new RegExp(
  String.raw`(^|[\s(“"‘'])(${MARKER})(?=[^\s*_~\x60|])([^\n]*?[^\s*_~\x60|])\2(?=$|[\s)”"’'.,;:!?])`,
  'gu',
);

/** Emoji with their joiners, variation selectors and skin tones; Slack's and Discord's :codes:. */
const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200D|\uFE0F)+|(?<![\p{L}\p{N}]):[a-z][a-z0-9_+-]*:(?![\p{L}\p{N}])/gu;

/** The question without chat markup: emphasis markers dropped around their words, emoji read as a space. */
export function withoutMarkup(message: string): string {
  let text = message.replace(EMOJI, ' ');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(EMPHASIS, '$1$3');
  }
  if (text === message || !/[\p{L}\p{N}]/u.test(text)) return message;
  return text.replace(/[ \t]{2,}/g, ' ').trim();
}
