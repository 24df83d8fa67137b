import { beforeAll, describe, expect, it } from 'vitest';
import { asksUnreportedSpeaker, personAsked, type Voices, voicesOf } from '../../src/answer/voices.js';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { loadGlossary } from '../../src/cyberviews.js';
import { createCyberviews } from '../../src/index.js';
import type { Glossary } from '../../src/search/glossary.js';
import { NO_READERS_WORDS } from '../../src/search/readers.js';

let voices: Voices;
let glossary: Glossary;
beforeAll(() => {
  voices = voicesOf(loadArticle());
  glossary = loadGlossary(defaultCorpusDir());
});

const unreported = (question: string) => asksUnreportedSpeaker(question, voices, glossary);

describe('whose words the article reports', () => {
  it('counts its speakers, its two subjects, its author and the reports it cites', () => {
    for (const word of ['zhong', 'hua', 'lad', 'china', 'washington', 'swaine', 'pentagon', 'mandiant'])
      expect(voices.reported.has(word)).toBe(true);
  });

  it('finds the names it mentions without reporting them, not words that open a sentence', () => {
    for (const word of ['russia', 'snowden', 'tajikistan', 'xi']) expect(voices.names.has(word)).toBe(true);
    for (const word of ['he', 'finally', 'another', 'china']) expect(voices.names.has(word)).toBe(false);
  });
});

describe('a question asking what someone the article does not report said', () => {
  it('is one naming a party the article mentions only as an actor, past role words', () => {
    expect(unreported('what did snowden say about prism')).toBe(true);
    expect(unreported('what did the united nations say about the code of conduct')).toBe(true);
    expect(unreported('What did Russian officials say about United States cyber policy?')).toBe(true);
    expect(unreported("what did russia's government say about the us cyberwar plans")).toBe(true);
    expect(unreported("russian officials' quote on the code of conduct?")).toBe(true);
    // In Chinese, the speaker opens the question and the view asked for follows.
    expect(unreported('俄罗斯自己对网络主权咋看的')).toBe(true);
    expect(unreported('俄羅斯官方如何評價其與中國共同提出的行為準則草案？')).toBe(false); // read in simplified form first
    expect(unreported('俄罗斯官方如何评价其与中国共同提出的行为准则草案？')).toBe(true);
    expect(unreported('中国对网络主权咋看')).toBe(false);
    expect(unreported('外交部对斯诺登事件如何回应')).toBe(false);
  });

  it('is found however the question frames the words', () => {
    for (const question of [
      'how ICANN responded to the chinese critics? any official answer',
      "What was Russia's own stated position on the draft code of conduct?",
      'tajikistan / uzbekistan statements when they submitted the code of conduct?',
      "quote from tajikistan's foreign minister on the code of conduct?",
      "what did tajikistan's UN rep say abt the code of conduct",
    ])
      expect(unreported(question), question).toBe(true);
    for (const question of [
      "What is the author's view?",
      "what is china's position on sovereignty",
      'what was the US reaction to that',
    ])
      expect(unreported(question), question).toBe(false);
  });

  it('is one naming someone the article never names, written as a name', () => {
    expect(unreported('What did Vladimir Putin say about ICANN?')).toBe(true);
    expect(unreported('How do Japanese or Indian officials view the dispute?')).toBe(true);
  });

  it('is not one naming a speaker of the article, its subjects or its author, however spelled', () => {
    for (const question of [
      'What did former Foreign Minister Yang Jiechi say about regulating the Internet?',
      'what did the MFA say abt the congress bill',
      'How did Defence Ministry officials characterise the Prism revelations?',
      'what did the Chinese government say',
      'What did the Mandiant report allege, and who was said to be responsible?',
      'what does the west think is behind the attacks',
      'what did he say',
      'How does a non-authoritative observer answer Western fears about free speech?',
    ])
      expect(unreported(question), question).toBe(false);
  });

  it('is not a lower-case word no dictionary has, which may be a misspelt speaker', () => {
    expect(unreported('what does zhongsheng say about cyber war')).toBe(false);
  });

  it('is refused, though every word of it stands in a passage', () => {
    const core = createCyberviews({ readersWords: NO_READERS_WORDS });
    expect(
      core.ask(
        'How did Russian officials describe the draft International Code of Conduct for Information Security?',
      ).answered,
    ).toBe(false);
    expect(core.ask('俄羅斯政府對網絡主權的官方立場為何？').answered).toBe(false);
    expect(
      core.ask(
        'How did Foreign Ministry officials describe the International Code of Conduct for Information Security?',
      ).answered,
    ).toBe(true);
  });
});

describe('a question asking what a person the article quotes said on a subject', () => {
  it('names the person however typed, in Chinese by the glossary, and not an institution nor its statements as such', () => {
    const article = loadArticle();
    const person = (question: string) => personAsked(question, article, glossary)?.speaker.name;
    expect(person('what did maj gen wu jianguo say abt russia')).toBe('Wu Jianguo');
    expect(person("Hu Yanping's view of U.S. control of the internet?")).toBe('Hu Yanping');
    expect(person('华春莹对双重标准怎么看')).toBe('Hua Chunying');
    expect(person('What did the Foreign Ministry say about WikiLeaks?')).toBeUndefined();
    expect(
      person(
        'How do Foreign Ministry statements on US cyber behaviour compare in tone with those of the Defense Ministry?',
      ),
    ).toBeUndefined();
  });

  it('is refused when no passage naming them (or the quote its lead-in introduces) touches the subject', () => {
    const core = createCyberviews({ readersWords: NO_READERS_WORDS });
    for (const question of [
      'What did Hu Yanping say about the Pentagon reports?',
      'what did wu jianguo say about the code of conduct',
      'What did Hua Chunying say about Unit 61398?',
      'how did hu yanping react to prism gate',
    ])
      expect(core.ask(question).answered, question).toBe(false);
    for (const question of [
      'What did Zhong Sheng say about IP addresses?',
      'What did Hu Yanping say about ICANN and the root servers?',
      'What did Hua Chunying say about the double standard?',
      'what did yang jiechi say about the code of conduct',
    ])
      expect(core.ask(question).answered, question).toBe(true);
  });
});
