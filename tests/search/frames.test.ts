import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import {
  withoutConversation,
  withoutDefinitionRequest,
  withoutFormatRequest,
  withoutLocationRequest,
  withoutSmallTalk,
} from '../../src/search/frames.js';

describe('the conversation around a question', () => {
  it('leaves out greetings, mentions and the ways people put a question to a channel', () => {
    expect(withoutConversation('hey quick q: what is cyber sovereignty')).toBe('what is cyber sovereignty');
    expect(withoutConversation('@cyberviews does anyone know who the PLA spokesman was')).toBe(
      'who the PLA spokesman was',
    );
    expect(withoutConversation('sorry if dumb question but why does china deny it')).toBe(
      'why does china deny it',
    );
    expect(withoutConversation('can someone remind me what Zhong Sheng said')).toBe('what Zhong Sheng said');
    expect(withoutConversation('question for the group: r there any upbeat takes')).toBe(
      'r there any upbeat takes',
    );
    expect(withoutConversation('for my memo - where are the root servers')).toBe(
      'where are the root servers',
    );
    expect(withoutConversation("for the summary I'm writing: where are the root servers")).toBe(
      'where are the root servers',
    );
    expect(withoutConversation('context: writing the exec summary, where are the root servers')).toBe(
      'where are the root servers',
    );
  });

  it('leaves out thanks, emoji, laughs and why the asker needs it, at the close', () => {
    expect(withoutConversation('what is cyber sovereignty thx')).toBe('what is cyber sovereignty');
    expect(withoutConversation('is china a hypocrite too per the article 🙏')).toBe(
      'is china a hypocrite too per the article',
    );
    expect(withoutConversation('which newspapers does he quote? - need it for tmrw')).toBe(
      'which newspapers does he quote?',
    );
    expect(withoutConversation('how did they respond, any ideas?')).toBe('how did they respond');
    expect(withoutConversation('what does icann do for class tomorrow')).toBe('what does icann do');
  });

  it('leaves out the asker’s own writing, whatever kind it is ("for the weekly summary:")', () => {
    expect(withoutConversation('for the weekly summary: what does icann do')).toBe('what does icann do');
    expect(withoutConversation("for our team's deck - what does icann do")).toBe('what does icann do');
    expect(withoutConversation("I'm putting together a summary for the team and what does icann do")).toBe(
      'what does icann do',
    );
    expect(withoutConversation('compiling a short brief for my boss: what does icann do')).toBe(
      'what does icann do',
    );
    // The same words inside the question are its own.
    expect(withoutConversation('what is in the summary for the weekly readers')).toBe(
      'what is in the summary for the weekly readers',
    );
  });

  it('reads only the opening and the close: the same words within the question may be its subject', () => {
    expect(withoutConversation('what does the memo say about the meeting')).toBe(
      'what does the memo say about the meeting',
    );
    expect(withoutConversation('so what did the pla say?')).toBe('what did the pla say?');
    // "-ty" of "sovereignty" is no "ty" (thank you).
    expect(withoutConversation('define cyber sovereignty')).toBe('define cyber sovereignty');
  });

  it('leaves out whom a message greets and who signs it, by name, but never a name inside the question', () => {
    expect(withoutConversation('Hi Wendy, which newspaper ran it? Regards, Neil')).toBe(
      'which newspaper ran it?',
    );
    expect(withoutConversation('Dear Raj: is china a victim? Many thanks. Best regards, Anna')).toBe(
      'is china a victim?',
    );
    expect(withoutConversation('what did Zhong Sheng say? Thanks, Claire')).toBe('what did Zhong Sheng say?');
    expect(withoutConversation('what did Hua Chunying say')).toBe('what did Hua Chunying say');
    // Lower case is no name: "hi all" is read by the greetings, "regards" alone stays a word.
    expect(withoutConversation('what are the regards of beijing')).toBe('what are the regards of beijing');
  });

  it('leaves out stance and hedges at the opening and the close ("ngl", "imo", "tho", "or nah")', () => {
    expect(withoutConversation('imo what is washington scared of')).toBe('what is washington scared of');
    expect(withoutConversation('idk but who said there are no cyber soldiers')).toBe(
      'who said there are no cyber soldiers',
    );
    expect(withoutConversation('lowkey what does zhong sheng say tho')).toBe('what does zhong sheng say');
    expect(withoutConversation('does china have its own root servers or nah')).toBe(
      'does china have its own root servers',
    );
  });

  it('still reads what a question asks for after a hedge is left out', () => {
    const core = createCyberviews();
    expect(core.ask('how old is hua chunying').answered).toBe(false);
    expect(core.ask('ngl how old is hua chunying').answered).toBe(false);
    expect(core.ask('iirc how old is hua chunying').answered).toBe(false);
  });

  it('reads chat’s "what’s the deal with X" and "what’s up with X" as a question about X', () => {
    expect(withoutConversation('whats the deal w icann')).toBe('icann');
    expect(withoutConversation("what's up with the cwg?")).toBe('the cwg?');
    expect(withoutConversation('what is going on with root servers')).toBe('root servers');
    // "Deal" as the article's word stays: what China wants to deal with is the subject.
    expect(withoutConversation('how does china deal with hackers')).toBe('how does china deal with hackers');
    const core = createCyberviews();
    expect(core.ask('whats the deal w icann').passages[0]?.id).toBe(core.ask('icann').passages[0]?.id);
  });

  it('keeps a message that is nothing but conversation as it is', () => {
    expect(withoutConversation('thanks')).toBe('thanks');
    expect(withoutConversation('hey')).toBe('hey');
    expect(withoutConversation('thanks all!')).toBe('thanks all!');
  });

  it('answers a question put to the channel as the question asked alone', () => {
    const core = createCyberviews();
    const alone = core.ask('what did hua chunying say');
    const framed = core.ask(
      'hey all, can someone remind me what did hua chunying say (asking for the brief) thanks!',
    );
    expect(framed.answered).toBe(true);
    expect(framed.passages.map((p) => p.id)).toEqual(alone.passages.map((p) => p.id));
  });
});

describe('a request for the answer’s form', () => {
  const says = (text: string) => /sovereignty|PLA|root servers|Swaine|Hua Chunying/i.test(text);

  it('is left out at the opening or close of a question with a subject of its own', () => {
    expect(withoutFormatRequest('what did Hua Chunying say? tl;dr pls', says)).toBe(
      'what did Hua Chunying say?',
    );
    expect(withoutFormatRequest('tl;dr version please: where are the root servers', says)).toBe(
      'where are the root servers',
    );
    expect(withoutFormatRequest('bullet points pls - what is cyber sovereignty', says)).toBe(
      'what is cyber sovereignty',
    );
    expect(withoutFormatRequest('what did the PLA deny, short answer please', says)).toBe(
      'what did the PLA deny',
    );
  });

  it.each([
    ['what did Hua Chunying say A brief summary would suffice.', 'what did Hua Chunying say'],
    ['what did the PLA deny keep it short', 'what did the PLA deny'],
    ['where are the root servers? no need for details', 'where are the root servers?'],
    ['what is cyber sovereignty, in plain English pls', 'what is cyber sovereignty'],
    ['did the PLA deny it just yes or no', 'did the PLA deny it'],
    ['what is cyber sovereignty just the gist is fine', 'what is cyber sovereignty'],
    ['where are the root servers? a short answer would do', 'where are the root servers?'],
    ["tl;dr I'm in a hurry, where are the root servers", 'where are the root servers'],
  ])('is left out when it asks for brevity or plain words: %s', (message, question) => {
    expect(withoutFormatRequest(message, says)).toBe(question);
  });

  it('is kept when nothing else names a subject, and "short" alone is no request', () => {
    expect(withoutFormatRequest('the piece tl;dr', says)).toBe('the piece tl;dr');
    expect(withoutFormatRequest('tl;dr', says)).toBe('tl;dr');
    expect(withoutFormatRequest('was the PLA statement short', says)).toBe('was the PLA statement short');
  });

  it('does not ask for the article’s summary when a question comes with one', () => {
    const core = createCyberviews();
    const alone = core.ask('what did hua chunying say').passages[0]?.id;
    expect(core.ask('what did hua chunying say? tl;dr pls').passages[0]?.id).toBe(alone);
    expect(core.ask('for the summary I’m writing: what did hua chunying say').passages[0]?.id).toBe(alone);
    expect(core.ask('context: writing the exec summary, what did hua chunying say').passages[0]?.id).toBe(
      alone,
    );
    // Asked alone, a tl;dr is the article's summary.
    expect(core.ask('tl;dr').passages[0]?.id).toBe(
      core.ask('what is the summary of the article').passages[0]?.id,
    );
  });

  it.each([
    'What did Hua Chunying say about double standards? Just need the gist.',
    'Just want the gist. What did Hua Chunying say about double standards?',
    'What did Hua Chunying say about double standards? Summary is fine.',
  ])('is a sentence of its own asking only for brevity, beside the question: %s', (message) => {
    const core = createCyberviews();
    const alone = core.ask('What did Hua Chunying say about double standards?').passages[0]?.id;
    expect(alone).toBe('p38');
    expect(core.ask(message).passages[0]?.id).toBe(alone);
  });

  it('is the abstract when nothing beside it asks anything, or when it names the article’s summary', () => {
    const core = createCyberviews();
    const abstract = core.ask('tl;dr').passages[0]?.id;
    expect(core.ask('Hi bot. Just need the gist.').passages[0]?.id).toBe(abstract);
    expect(
      core.ask('What did Hua Chunying say about double standards? And the article’s summary.').passages[0]
        ?.id,
    ).toBe(abstract);
  });
});

describe('small talk around a question', () => {
  // What the article knows, for these specifications: its subject words.
  const says = (text: string) => /sovereignty|PLA|root servers|Swaine/i.test(text);
  // What names the article's subject (asking alone does not).
  const names = (text: string) => /sovereignty|PLA|root servers|Swaine|hu yanping/i.test(text);

  it('leaves out a sentence before or after the question that neither asks nor names anything', () => {
    expect(
      withoutSmallTalk('Hope your week is going well! What is cyber sovereignty? No worries if not.', says),
    ).toBe('What is cyber sovereignty?');
  });

  it.each([
    ['What is cyber sovereignty? Will check back later.', 'What is cyber sovereignty?'],
    ['Would appreciate a quick answer. Where are the root servers?', 'Where are the root servers?'],
  ])(
    'leaves out a sentence opening with a verb whose subject is left out, a statement: %s',
    (message, question) => {
      expect(withoutSmallTalk(message, says)).toBe(question);
    },
  );

  it.each(['What is cyber sovereignty? Will the answer come soon', 'Is it true. What is cyber sovereignty?'])(
    'keeps a sentence opening with a verb before its subject, a question: %s',
    (message) => {
      expect(withoutSmallTalk(message, says)).toBe(message);
    },
  );

  it('leaves out a clause before the question joined by "but" or a colon', () => {
    expect(withoutSmallTalk('Not sure this is the right channel, but what did the PLA say?', says)).toBe(
      'what did the PLA say?',
    );
    expect(withoutSmallTalk('Apologies if this was asked before: where are the root servers', says)).toBe(
      'where are the root servers',
    );
  });

  it('keeps a sentence that asks, or that names what the article knows', () => {
    expect(withoutSmallTalk('did the working group keep meeting? what came of it', says)).toBe(
      'did the working group keep meeting? what came of it',
    );
    expect(withoutSmallTalk('Swaine on the PLA. What does he say?', says)).toBe(
      'Swaine on the PLA. What does he say?',
    );
    expect(withoutSmallTalk('PLA: what did they say', says)).toBe('PLA: what did they say');
  });

  it('reads Chinese the same way: sentences end at 。！？ and clauses at ，：, with or without a space', () => {
    const saysChinese = (text: string) => /根服务器|网络主权/.test(text);
    expect(withoutSmallTalk('写论文用，根服务器在哪？谢谢大家！', saysChinese)).toBe('根服务器在哪？');
    expect(withoutSmallTalk('交功課前想確認：网络主权指什么？ 谢啦 @bot', saysChinese)).toBe(
      '网络主权指什么？',
    );
    // A clause naming the subject, or one that asks, is the question's own.
    expect(withoutSmallTalk('根服务器，到底在不在美国', saysChinese)).toBe('根服务器，到底在不在美国');
    expect(withoutSmallTalk('作者怎么看，网络主权', saysChinese)).toBe('作者怎么看，网络主权');
  });

  it.each([
    ["brain isn't working today so whos hu yanping", 'whos hu yanping'],
    ['settling a bet, @askbot: how does Swaine rebut it', 'how does Swaine rebut it'],
    ['(sorry for the ping) where are the root servers', 'where are the root servers'],
    ['what did the PLA say then I will stop', 'what did the PLA say'],
    ['root servers - how many in the us when you have a sec', 'root servers - how many in the us'],
    ['the PLA office - what is it for thanks again, off to write this up', 'the PLA office - what is it for'],
  ])(
    'leaves out chat typed straight into the question, with no full stop to mark it: %s',
    (message, question) => {
      expect(withoutSmallTalk(message, says, names)).toBe(question);
    },
  );

  it.each([
    // A phrase that opens the question, a number, what the talk's words might be the object of.
    'besides us, which countries does the PLA blame',
    'in year two, what did the PLA say',
    'in 2015, what did the PLA say',
    'what does the PLA think of my country',
    // A clause before a colon that holds a question word is the question, not chat about it.
    'lol how do i reset my router password lol format: answer | page',
    // Nothing is left out unless what remains still names the subject.
    'happy friday all, who is coming to the offsite?',
    'how do i reset my home router password',
    'what did the PLA say how do we set one up',
  ])('keeps what the question itself opens or closes with: %s', (message) => {
    expect(withoutSmallTalk(message, says, names)).toBe(message);
  });

  it('answers a question with chat typed into it as the question asked alone', () => {
    const core = createCyberviews();
    const alone = core.ask('who is hu yanping');
    expect(alone.answered).toBe(true);
    for (const message of [
      "brain isn't working today so who is hu yanping",
      'settling a bet, @askbot: who is hu yanping',
      'who is hu yanping then I will stop',
    ]) {
      expect(core.ask(message).passages.map((p) => p.id)).toEqual(alone.passages.map((p) => p.id));
    }
    // Chat around an off-topic question leaves it off-topic.
    expect(core.ask('happy friday all, who is coming to the offsite?').answered).toBe(false);
  });

  it('keeps a stretch that may name the subject once its typos are read ("cihna")', () => {
    const mayName = (text: string) => names(text) || /cihna/i.test(text);
    const read = (message: string) => withoutSmallTalk(message, says, names, mayName);
    expect(read('that new us-cihna group — which talks is it folded into, per the PLA')).toBe(
      'that new us-cihna group — which talks is it folded into, per the PLA',
    );
    expect(read('that new group — which talks is it folded into, per the PLA')).toBe(
      'which talks is it folded into, per the PLA',
    );
  });

  it('keeps the one sentence a message has, and U.S. within a sentence', () => {
    expect(withoutSmallTalk('Thanks so much.', says)).toBe('Thanks so much.');
    expect(withoutSmallTalk('What did the U.S. say about sovereignty? Cheers.', says)).toBe(
      'What did the U.S. say about sovereignty?',
    );
  });
});

describe('a request for a definition', () => {
  const says = (text: string) => /[a-z]{3}/i.test(text);

  it('reads "define X" and "how is X defined" as a question about X', () => {
    expect(withoutDefinitionRequest('define ICANN', says)).toBe('ICANN');
    expect(withoutDefinitionRequest('pls define: cyber sovereignty', says)).toBe('cyber sovereignty');
    expect(withoutDefinitionRequest('how is cyber sovereignty defined?', says)).toBe(
      'how is cyber sovereignty?',
    );
    expect(withoutDefinitionRequest('does the article define hegemony', says)).toBe(
      'does the article define hegemony',
    );
    expect(withoutDefinitionRequest('define', says)).toBe('define');
  });

  it('answers with the passage on the subject, not the section defining cybersecurity', () => {
    const core = createCyberviews();
    expect(core.ask('define cyber sovereignty').passages[0]?.paragraph).toBe(19);
    expect(core.ask('how is cyber sovereignty defined').passages[0]?.paragraph).toBe(19);
    expect(core.ask('define ICANN').passages[0]?.paragraph).not.toBe(13);
    expect(core.ask('how is cybersecurity defined').passages[0]?.paragraph).toBe(13);
  });
});

describe('a request for where the article says something', () => {
  const says = (text: string) => /[a-z]{3}/i.test(text);

  it('reads "which note cites X", "what page is X on" and "X - which note" as a question about X', () => {
    expect(withoutLocationRequest('which note cites the mandiant report', says)).toBe('the mandiant report');
    expect(withoutLocationRequest('which footnote backs up the 80% claim?', says)).toBe('the 80% claim?');
    expect(withoutLocationRequest('what page is the icann bit on?', says)).toBe('the icann bit');
    expect(withoutLocationRequest('what note is the mandiant report cited in', says)).toBe(
      'the mandiant report',
    );
    expect(withoutLocationRequest('mandiant report - which note?', says)).toBe('mandiant report');
    expect(withoutLocationRequest('snowden leaks: note # pls', says)).toBe('snowden leaks');
  });

  it('leaves a question that asks something else of a note, or names nothing beside the frame', () => {
    expect(withoutLocationRequest('what does note 63 cite', says)).toBe('what does note 63 cite');
    expect(withoutLocationRequest('which note is it', says)).toBe('which note is it');
  });

  it('answers with the passage saying it, which carries the note, where the question as typed was refused', () => {
    const core = createCyberviews();
    for (const question of ['which note cites the mandiant report', 'mandiant report - which note']) {
      const answer = core.ask(question);
      expect(answer.passages[0]?.notes, question).toContain(63);
    }
    // A subject the article does not have stays refused, however it is asked for.
    expect(core.ask('which note cites the 2014 indictment').answered).toBe(false);
  });
});
