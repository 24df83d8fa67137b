// Chat at a message's edges that no pattern knows: "打擾大家🙏 what content does he say is illegal pretty
// much everywhere 唔該", "currently writing up my notes and LAD on us trying to own cyberspace pls". A
// message the article does not answer as typed is read again with such talk left out (answer.ts): the
// readings are cut at punctuation, a change of script, or where talk plainly ends ("… and", "… so") or
// starts ("… when u have a min", "… have a great day!"), and only stretches that are chat may go.

/** A question word, in English or Chinese: a stretch holding one may be (part of) the question. */
export const CHUNK_ASKS =
  /\b(?:what|what's|whats|wat|wht|who|who's|whos|whose|whom|when|where|why|y|how|which|did|does|do|is|are|was|were|can|could|will|would|should|has|have)\b|什么|啥|谁|哪|怎么|怎样|为什么|为何|吗|呢|多少|几|是否|有没有|是不是|咩|乜|边/iu;

/**
 * Where a message may be cut into stretches: punctuation, a dash or bracket, a line, a change between
 * Chinese and Latin script, and before a question word or a word that starts talk to or about the
 * listener ("… hope that makes sense", "… pls").
 */
const CHUNK_BREAK = new RegExp(
  [
    String.raw`\s*[,:;，：；、。！？!?…~～()（）\[\]"“”]+\s*`,
    String.raw`\s+[-–—]+\s+|[–—]+`,
    String.raw`\s*\n+\s*`,
    String.raw`(?<=\p{Script=Han})\s*(?=[A-Za-z@])|(?<=[A-Za-z0-9@])\s*(?=\p{Script=Han})`,
    String.raw`\s+(?=(?:what|who|when|where|why|how|which|pls|please|plz|thx|thanks|thank|ty|cheers|hope|sorry|lmk|i|i'm|im|we|we're|you|u|ur)\b)`,
  ].join('|'),
  'giu',
);

/** At most this many words or stretches are left out at each edge. */
const MAX_CUT = 10;
/** At most this many readings are tried. */
const MAX_READINGS = 8;

/** Words that join what follows to what comes before: a preposition, an article, a possessive. */
const JOINS =
  /^(?:of|for|in|on|at|to|by|with|about|abt|from|into|under|over|like|than|as|the|a|an|his|her|its|their|this|that|these|those|after|before|since|during|between|among|per|via|and|or)$/iu;
/** The asker or the listener. */
const PERSONAL = /^(?:i|i'm|im|i'll|i've|i'd|me|my|we|we're|we'll|our|you|you're|your|u|ur|ya)$/iu;
/** A sign-off closed by "!" or "." has at most this many words ("have a great day!"). */
const SIGN_OFF_WORDS = 4;

/** A word ending talk before a question. */
const LEAD_END = /^(?:and|but|so|&)$/iu;
/** A word starting a question. */
const QUESTION_START =
  /^(?:what|what's|whats|wat|who|who's|whos|whose|when|where|why|how|which|do|does|did|is|are|was|were|can|could|would|should|will|has|have)$/iu;
/** A stretch left out that ends at a space, not a break, has at least this many words. */
const MIN_WORDS = 4;

/** Between words, and at `CHUNK_BREAK`. */
const PIECE_BREAK = new RegExp(`(${CHUNK_BREAK.source})|\\s+`, 'giu');

/**
 * The message with chat left out at its edges, fewest words left out first (at most `MAX_READINGS`):
 * each way of leaving out up to `MAX_CUT` pieces before what remains and after it, where every stretch
 * left out is chat (`isChat`, told whether it leads), closes no question, is no longer than what remains,
 * and what remains names the subject (`namesSubject`).
 */
export function edgeReadings(
  message: string,
  isChat: (chunk: string, leading: boolean) => boolean,
  namesSubject: (text: string) => boolean,
): string[] {
  // Words and stretches between breaks; `asks`: a question mark closes it; `clause`: a stretch break
  // (`CHUNK_BREAK`), not only a space, follows it.
  const pieces: { start: number; end: number; asks: boolean; clause: boolean }[] = [];
  let at = 0;
  for (const m of message.matchAll(PIECE_BREAK)) {
    if (m.index > at)
      pieces.push({ start: at, end: m.index, asks: /[?？]/u.test(m[0]), clause: m[1] !== undefined });
    at = m.index + m[0].length;
  }
  if (at < message.length) pieces.push({ start: at, end: message.length, asks: false, clause: true });
  const n = pieces.length;
  const text = (from: number, to: number) =>
    message.slice((pieces[from] as { start: number }).start, (pieces[to - 1] as { end: number }).end).trim();
  const asksIn = (from: number, to: number) => pieces.slice(from, to).some((p) => p.asks);
  // A cut falls at a stretch break, or between words where talk plainly ends or starts.
  const atBreak = (k: number) => (pieces[k - 1] as { clause: boolean }).clause;
  // Before the question, talk may also end where a question starts or on "and"/"but"/"so"
  // ("currently writing up my notes and LAD on …").
  const leadEnds = (k: number) =>
    atBreak(k) || (k >= MIN_WORDS && (LEAD_END.test(text(k - 1, k)) || QUESTION_START.test(text(k, k + 1))));
  const leads = [0];
  for (let k = 1; k <= Math.min(MAX_CUT, n - 1); k++)
    if (leadEnds(k) && !asksIn(0, k) && isChat(text(0, k), true)) leads.push(k);
  const trails = [0];
  // After it, also talk that signs off ("… have a great day!") or is about the asker or the listener
  // ("… when u have a min"), never a preposition's object ("… | on his trip").
  const signsOff = /[!.,…]\s*$/u.test(message);
  const trailStarts = (k: number) =>
    atBreak(n - k) ||
    (!JOINS.test(text(n - k - 1, n - k)) &&
      ((signsOff && k <= SIGN_OFF_WORDS) || PERSONAL.test(text(n - k, n - k + 1))));
  for (let k = 1; k <= Math.min(MAX_CUT, n - 1); k++)
    if (trailStarts(k) && !asksIn(n - k, n) && isChat(text(n - k, n), false)) trails.push(k);
  // What is left out at either edge is no longer than what remains: talk around a question, not a
  // question of its own ("playing devil's advocate - anyone know good pizza near campus lol").
  const cuts = leads.flatMap((lead) =>
    trails.flatMap((trail) =>
      lead + trail > 0 && Math.max(lead, trail) <= n - lead - trail ? [[lead, trail] as const] : [],
    ),
  );
  cuts.sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const readings: string[] = [];
  for (const [lead, trail] of cuts) {
    if (readings.length === MAX_READINGS) break;
    const reading = text(lead, n - trail);
    if (!readings.includes(reading) && namesSubject(reading)) readings.push(reading);
  }
  return readings;
}
