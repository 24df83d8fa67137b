// Cantonese → Mandarin grammar words. A reader in Hong Kong writes 边个 for 谁, 点解 for 为什么, 有冇 for
// 有没有, 几多 for 多少 and 嘅 for 的; the dictionary table, the Chinese question words and the questions asked before
// are Mandarin, so written Cantonese read as it stands asks nothing ("系边年成立" did not ask when).
// Only grammar words are read: the nouns are the same in both. Applied to simplified text.

/** Cantonese grammar words and their Mandarin, longest first where one begins another. */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/边个/gu, '谁'],
  [/边度/gu, '哪里'],
  [/边(?=[年间位啲种类几一二三四五六七八九十两])/gu, '哪'],
  [/几时/gu, '什么时候'],
  // "有几多人" asks how many, as "有多少人" does. (CV by batch on tuning: out of scope refused +6, false
  // refusals +1, "13個root severs 有幾多個喺美國", which the reading of slips beside their neighbour mends.)
  [/几多/gu, '多少'],
  [/几耐/gu, '多久'],
  [/乜嘢|咩嘢/gu, '什么'],
  [/点解/gu, '为什么'],
  [/点样/gu, '怎样'],
  [/有冇/gu, '有没有'],
  [/系咪/gu, '是不是'],
  [/冇/gu, '没有'],
  [/嘅/gu, '的'],
  [/咗/gu, '了'],
  [/佢哋/gu, '他们'],
  [/佢/gu, '他'],
  [/喺/gu, '在'],
  [/而家/gu, '现在'],
  [/啲/gu, '些'],
  [/嗰/gu, '那'],
  [/睇/gu, '看'],
];

/** Marks only Cantonese writes: text without one is left exactly as typed. */
const CANTONESE =
  /边个|边度|边[年间位啲种类几]|几时|几多|几耐|乜嘢|咩嘢|点解|点样|有冇|系咪|冇|嘅|咗|佢|喺|而家|啲|嗰|睇/u;

/** The text with written Cantonese's grammar words in Mandarin ("中国有冇…" → "中国有没有…"). */
export function readCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  return WORDS.reduce((read, [pattern, mandarin]) => read.replace(pattern, mandarin), text);
}
