// Questions about the article itself (who wrote it, when and where it appeared, what it is called), which
// its text does not answer: its byline, date and venue are the article's record, not a passage of it.

import { command, type Message, message } from '../present/message.js';
import { askedFor } from '../search/asked.js';
import { RANKING } from '../search/options.js';
import { HAN } from '../search/query.js';
import { wordSpecificity } from '../search/rank.js';
import { slippedForms } from '../search/spelling.js';
import { questionTokens, stem } from '../search/terms.js';
import type { Acknowledgement, ArticleMeta } from '../types.js';
import { factsAsked } from './facts.js';

/** The article as chat names it: "this", "it", "the paper", "swaine's piece", "the clm article". */
const THE_ARTICLE = String.raw`(?:it|this|that|(?:this|the|that|your|ur|his|swaine'?s|swaine’s)\s+(?:(?:swaine|clm|cyber(?:security)?|whole)\s+)?(?:article|paper|piece|essay|text|one|thing))`;

/** What the record answers: the author, the date, the venue, the title. Each asks of the article and nothing else. */
const ASKS_OF_ITSELF = new RegExp(
  `^(?:${[
    String.raw`who\s+(?:wrote|authored|penned|writes|is\s+behind)\s+${THE_ARTICLE}`,
    String.raw`who(?:'s|’s|s|\s+is|\s+was)\s+(?:the\s+)?(?:author|writer)(?:\s+of\s+${THE_ARTICLE})?`,
    String.raw`(?:the\s+)?(?:author|writer)\s+of\s+${THE_ARTICLE}`,
    String.raw`(?:when|what\s+(?:year|date|month)|which\s+(?:year|date|month))\s+(?:was|is|did)\s+${THE_ARTICLE}\s+(?:first\s+)?(?:published|written|released|come\s+out|out|from)`,
    String.raw`(?:where|in\s+what|in\s+which)\s+(?:\w+\s+)?(?:was|is|did)\s+${THE_ARTICLE}\s+(?:first\s+)?(?:published|appear|come\s+out|run|printed)(?:\s+in)?`,
    String.raw`(?:what|which)\s+(?:journal|publication|venue|outlet|magazine|issue)\s+(?:is|was|published|ran|carried)\s+${THE_ARTICLE}(?:\s+(?:published\s+)?(?:in|from))?`,
    String.raw`(?:what|which)\s+(?:(?:clm|monitor|china\s+leadership\s+monitor)\s+)?(?:issue|edition|number|no\.?)(?:\s+(?:number|no\.?|#))?(?:\s+of\s+(?:the\s+)?(?:clm|monitor|china\s+leadership\s+monitor|journal))?\s+(?:is|was)\s+${THE_ARTICLE}(?:\s+(?:in|from))?`,
    String.raw`what(?:'s|’s|\s+is)\s+(?:the\s+)?(?:full\s+)?title\s+of\s+${THE_ARTICLE}`,
    String.raw`how\s+(?:do|should|can|would|to)\s+(?:i\s+|we\s+|you\s+)?cite\s+${THE_ARTICLE}`,
    String.raw`(?:(?:the|a|full)\s+)?(?:citation|reference)\s+(?:for|of)\s+${THE_ARTICLE}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')})$`,
  'i',
);

/** The same in Chinese: 这篇文章是谁写的, 作者是谁, 文章什么时候发表的, 发表在哪里. */
const ASKS_OF_ITSELF_ZH =
  /^(?:这篇|本篇|这|本)?(?:文章|论文|文)?(?:是)?(?:谁写的|由谁(?:撰写|写)的?|的?作者是谁|(?:是)?(?:什么时候|何时|哪一?年)(?:发表|写|出版)的?|(?:发表|刊登|刊载)(?:在|于)(?:哪里|哪儿|什么(?:期刊|杂志|刊物)))$/u;

/**
 * "who wrote this", "when was the article published", "where did this piece appear", "这篇文章是谁写的":
 * the whole question asks of the article's record, with nothing else asked ("who wrote the Liberation
 * Army Daily article" asks of another text; "when was the Zhong Sheng piece published" is answered by
 * its passage, and does not match: the article is named only as "this", "it" or "the article").
 */
export function asksOfTheArticleItself(question: string): boolean {
  // Greetings and openers ("hey, who wrote this") are left to `withoutConversation`: answer.ts reads the
  // question without them as well as as typed.
  const trimmed = question.trim().replace(/[\s?？!！.。~]+$/u, '');
  return ASKS_OF_ITSELF.test(trimmed) || ASKS_OF_ITSELF_ZH.test(trimmed.replace(/\s+/g, ''));
}

/** What the bot says to such a question: the record itself, and where to find how to cite it. */
export function theArticleItself(meta: ArticleMeta): Message {
  const [first, last] = meta.pages;
  return message`That is a question about the article rather than one its text answers. It is “${meta.title}” by ${meta.author}, published in ${meta.venue} no. ${String(meta.issue)} (${longDate(meta.date)}), pages ${String(first)}–${String(last)}. Try ${command('about')} for how to cite it and the publisher’s page.`;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** "2013-09-20" → "20 September 2013". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * Whom the author thanks, asked in so many words: "who does swaine thank", "whom does the author
 * acknowledge for assistance", "the acknowledgement note", "the asterisk footnote", "who helped him
 * write it", "致谢". Not "thanks!" closing a question, nor "does China acknowledge the attacks".
 */
const ASKS_THANKS = new RegExp(
  [
    String.raw`\b(?:who|whom)\s+(?:does|did|do)\s+(?:swaine|mr\.?\s+swaine|the\s+(?:author|writer|article|paper|piece)|he|it)\s+(?:\w+\s+)?(?:thank|acknowledge)\b`,
    String.raw`\b(?:who|whom)(?:'s|’s|\s+is|\s+was|\s+gets|\s+got)\s+(?:thanked|acknowledged)\b`,
    String.raw`\b(?:swaine|swain|author|writer|he)\s+(?:thanks?|thanked|acknowledges?|acknowledged|(?:is|was)\s+(?:greatly\s+)?indebted\s+to)\s+(?:who|whom)\b`,
    String.raw`\b(?:who|whom)(?:['’]?d)?\s+(?:[\w'’]+\s+){0,3}?(?:swaine|swain|author|writer|he)\s+(?:thanks?|thanked|acknowledges?|acknowledged)\b`,
    String.raw`\b(?:who|whom)\s+(?:is|was)\s+(?:swaine|the\s+(?:author|writer)|he)\s+(?:so\s+|greatly\s+)?indebted\b`,
    String.raw`\backnowledge?ments?\s+(?:note|section|footnote|page)\b|\b(?:the|in\s+the|his|its)\s+acknowledge?ments?\s*(?:$|[?.!,;:])`,
    String.raw`\bwho\s+(?:helped|assisted)\s+(?:swaine|him|the\s+author|(?:with|on)\s+(?:the|this)\s+(?:article|paper|piece|research))\b`,
    String.raw`\b(?:asterisk(?:ed)?|starred)\s+(?:foot)?note\b|\b(?:foot)?note\s*\(?\*\)?(?=\s|$|[?.!])`,
    String.raw`致谢|鸣谢|感谢了?谁|谢了谁`,
  ].join('|'),
  'iu',
);

/** A word any of the note's patterns needs: the rest are read only for questions holding one (speed). */
const MAY_ASK_THANKS = /thank|acknowledg|indebted|help|assist|asterisk|starred|note|致谢|鸣谢|谢/i;

/**
 * Does the question ask about the acknowledgement: whom the author thanks, or someone named only there
 * ("who is audrye wong", "audrey wong affiliation", a slip of the name included)?
 */
export function asksOfTheAcknowledgement(
  question: string,
  acknowledgement: Acknowledgement | undefined,
): boolean {
  if (!acknowledgement) return false;
  if (MAY_ASK_THANKS.test(question) && ASKS_THANKS.test(question)) return true;
  return namesOf(acknowledgement).test(question);
}

/**
 * The names the note gives: runs of capitalised words after its first word ("I am greatly indebted to
 * Audrye Wong …" gives "Audrye Wong"), with where each stands.
 */
export function namesInTheNote(acknowledgement: Acknowledgement): RegExpExecArray[] {
  return [...acknowledgement.text.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu)];
}

const names = new WeakMap<Acknowledgement, RegExp>();

/**
 * The words of the note's names (`namesInTheNote`), each also as typed with a slip (`isSlip`: a letter
 * left out, two neighbours swapped) when the slip is at least 5 letters long: one pattern, built once.
 */
function namesOf(acknowledgement: Acknowledgement): RegExp {
  let pattern = names.get(acknowledgement);
  if (!pattern) {
    const forms = new Set<string>();
    for (const [name] of namesInTheNote(acknowledgement)) {
      for (const word of name.toLowerCase().split(/\s+/)) {
        forms.add(word);
        for (const slip of slippedForms(word)) if (slip.length >= 5) forms.add(slip);
      }
    }
    pattern = forms.size > 0 ? new RegExp(`(?<!\\p{L})(?:${[...forms].join('|')})(?!\\p{L})`, 'iu') : /(?!)/;
    names.set(acknowledgement, pattern);
  }
  return pattern;
}

/**
 * Does the note itself answer it: whom the author thanks, who helped him, who Audrye Wong is to the
 * article? Not what the note does not state: her affiliation, her job, what she has published ("where does
 * audrye wong work", "audrye wong univ", "Audrye Wong 是哪个学校的"). `asked` is the question as read (chat
 * forms spelled out): each of its words must be the note's (a slip of a name included), a word for the
 * note, the thanks or the article, or an everyday word; and nothing be asked of a time, a place, a count,
 * an office or a title.
 */
export function noteAnswers(asked: string, acknowledgement: Acknowledgement): boolean {
  if (askedFor(asked).some((kind) => kind !== '?who' && kind !== '?why')) return false;
  if (factsAsked(asked).length > 0 || NOT_IN_THE_NOTE_ZH.test(asked)) return false;
  const own = wordsOf(acknowledgement);
  return questionTokens(asked).every(
    ({ word }) =>
      HAN.test(word) ||
      own.has(word) ||
      own.has(stem(word)) ||
      OF_THE_NOTE.has(stem(word)) ||
      wordSpecificity([word]) < RANKING.refusal.everydayBelow,
  );
}

/** Words for the note, the thanks and the article: "who'd swaine thank for research help", "the * footnote". */
const OF_THE_NOTE = new Set(
  `thank thanks thanked acknowledge acknowledged acknowledgement acknowledgment acknowledgements indebted help
  helped helping assist assisted assistance footnote note asterisk asterisked star starred swaine swain author
  writer article paper piece essay text research write wrote written writing prepare preparation prep together
  who whom whod someone somebody why name named mention credit cite citation start top beginning`
    .split(/\s+/)
    .map(stem),
);

/**
 * What of a person the note does not state, in Chinese: 学校, 大学, 机构, 工作, 读博, 背景, 职位, 发表. The
 * question as read is in simplified characters, its Cantonese read as Mandarin (邊間 → 哪间).
 */
const NOT_IN_THE_NOTE_ZH = /学校|大学|机构|工作|任职|教书|读博|背景|单位|职位|职务|发表|哪间/u;

const noteWords = new WeakMap<Acknowledgement, ReadonlySet<string>>();

/** The note's own words and their stems, with the slips of each (`slippedForms`): built once. */
function wordsOf(acknowledgement: Acknowledgement): ReadonlySet<string> {
  let words = noteWords.get(acknowledgement);
  if (!words) {
    const found = new Set<string>();
    for (const { word } of questionTokens(acknowledgement.text)) {
      for (const form of [word, ...slippedForms(word)]) {
        found.add(form);
        found.add(stem(form));
      }
    }
    words = found;
    noteWords.set(acknowledgement, words);
  }
  return words;
}

/** What the bot says to it: the note, word for word, and where it stands. */
export function theAcknowledgement(acknowledgement: Acknowledgement): Message {
  return message`That is in the article’s acknowledgement, the asterisked note at the foot of page ${String(acknowledgement.page)}, not in its text: “${acknowledgement.text}” The article says nothing more about it. Try ${command('about')} for the article’s record.`;
}
