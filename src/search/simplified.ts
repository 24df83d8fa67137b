// Traditional Chinese → simplified. The glossary, the dictionary table and the questions asked before
// are in simplified characters; a reader in Taipei or Hong Kong types 網絡主權 for 网络主权 and 駭客 for
// 黑客. OpenCC (opencc-js) converts the characters, and, in text written in traditional characters,
// Taiwan's own words too (軟體 → 软件). Simplified text is left exactly as typed: the phrase table
// would also rewrite mainland words ("建立" → "创建").

import { createRequire } from 'node:module';
import { Memo } from './memo.js';

type Convert = (text: string) => string;

/** Built on the first Chinese question: loading the tables takes about 100 ms, once. */
let converters: { characters: Convert; phrases: Convert } | undefined;

const HAN_RUN = /\p{Script=Han}+/gu;

/** The text with its traditional Chinese in simplified form; any other text as it was. */
export function toSimplified(text: string): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  converters ??= loadConverters();
  const { characters, phrases } = converters;
  const runs = text.match(HAN_RUN) ?? [];
  // Written in traditional characters if any run is: "根伺服器" in "13台根伺服器 中方說幾台在美國" is
  // Taiwan's word for server, though each of its characters is also simplified.
  const traditional = runs.some((run) => simplifiedRuns.get(run, () => characters(run)) !== run);
  if (!traditional) return text;
  return text.replace(HAN_RUN, (run) => phrasedRuns.get(run, () => phrases(run)));
}

/**
 * Runs of Han characters as simplified, character by character and with Taiwan's words, remembered:
 * converting one takes longer than reading the rest.
 */
const simplifiedRuns = new Memo<string>();
const phrasedRuns = new Memo<string>();

function loadConverters(): { characters: Convert; phrases: Convert } {
  const { Converter } = createRequire(import.meta.url)('opencc-js/t2cn') as {
    Converter: (options: { from: string; to: string }) => Convert;
  };
  return { characters: Converter({ from: 'tw', to: 'cn' }), phrases: Converter({ from: 'twp', to: 'cn' }) };
}
