// What users could type, for property tests: random Unicode, and adversarial lines built from the
// pieces that break chat bots (mentions, markdown, links, control and zero-width characters, emoji).

import fc from 'fast-check';

/** Mention, link and markdown syntax of both platforms, and Unicode that hides or reorders text. */
export const HOSTILE_PIECES = [
  '<@U0ASKER01>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#C0POLICY1|general>',
  '<#123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123|@team>',
  '@everyone',
  '@here',
  '&lt;!channel&gt;',
  '&amp;lt;@U1&amp;gt;',
  '*bold*',
  '**bold**',
  '_italic_',
  '~strike~',
  '||spoiler||',
  '`code`',
  '```block```',
  '> quote',
  '>>> all quoted',
  '# Heading',
  '- bullet',
  '1. item',
  '[click](https://evil.example/x)',
  '<https://evil.example|click here>',
  'https://evil.example/?q=<@U1>',
  ':rotating_light:',
  '😀',
  '👩🏽‍💻',
  '🇨🇳',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\ud800',
  '\udfff',
  'Z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357g\u0358o',
  'ｃｙｂｅｒ',
  'cyber sovereignty',
  'lower-hanging fruit',
  'note',
  'cite',
  '24',
  '-1',
  '99999999999999999999',
  'NaN',
];

/** Subcommand prefixes, so lines reach every branch of the parser. */
const PREFIXES = [
  '',
  'ask ',
  'cite ',
  'note ',
  'help ',
  'digest ',
  'sections',
  'about',
  'subscribe ',
  '/cyberviews ',
];

/** Any string: arbitrary code units (lone surrogates included) or whole graphemes. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** A line assembled from hostile pieces and random text, sometimes far beyond the input limit. */
export const hostileText = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 1, arbitrary: anyText },
      ),
      {
        maxLength: 24,
      },
    ),
    fc.constantFrom(' ', '', '\n', '\u00a0'),
    fc.nat({ max: 4 }),
  )
  .map(([prefix, pieces, glue, repeat]) => {
    const body = pieces.join(glue);
    return prefix + (repeat === 4 ? body.repeat(40) : body);
  });

/** What users type: mostly hostile, sometimes purely random. */
export const userText = fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: anyText });

/** Runs: enough to find the usual breakages, few enough to keep `npm test` fast. Override with FUZZ_RUNS. */
export function runs(base: number): { numRuns: number } {
  const override = Number(process.env.FUZZ_RUNS);
  return { numRuns: Number.isInteger(override) && override > 0 ? override : base };
}

/** Live mention syntax as Discord would render it: not escaped with a backslash, not broken by a zero-width space. */
export const DISCORD_LIVE_MENTION = /(?<!\\)<(?:@[!&]?|#)\d|(?<![\\\u200b])@(?:everyone|here)\b/;
