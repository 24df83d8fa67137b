import { beforeAll, describe, expect, it } from 'vitest';
import { asksForOutcome, factsAsked, statesFact } from '../../src/answer/facts.js';
import { createCyberviews } from '../../src/index.js';
import { NO_READERS_WORDS } from '../../src/search/readers.js';

let core: ReturnType<typeof createCyberviews>;
beforeAll(() => {
  core = createCyberviews();
});

describe('factsAsked', () => {
  it('reads a date asked for, but not a condition ("when do they appear")', () => {
    expect(factsAsked('When was ICANN created?')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('since when has he held the post')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('in what year did it start')).toEqual([{ kind: 'date', at: 'year' }]);
    expect(factsAsked('When do conciliatory statements tend to appear?')).toEqual([]);
  });

  it('reads time words in the plural and a chat question that opens on "name of" as facts asked', () => {
    expect(factsAsked('On what dates did the visit take place?')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('name of the spokesman who said that?')).toEqual([
      { kind: 'name', known: 'name of the spokesman who said that?' },
    ]);
    expect(factsAsked('what does the article name the third kind of source')).toEqual([]);
  });

  it('reads a date named by a noun, as chat asks for it: "date of", "leak date", "- yr exactly", "month/yr"', () => {
    expect(factsAsked('date of the hua chunying presser on double standards?')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('What was the publication date of the article?')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('snowden prism leak date')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('which city and date?')).toEqual([{ kind: 'date' }]);
  });

  it('reads a date asked to the day: "what day", "exact date", "几号", "哪一天"', () => {
    const day = [{ kind: 'date', at: 'day' }];
    expect(factsAsked('On what exact date in 2011 was the code submitted to the UN?')).toEqual(day);
    expect(factsAsked('what day did they agree to set up the CWG')).toEqual(day);
    expect(factsAsked('mandiant报告具体是2月几号发的')).toEqual(day);
    expect(factsAsked('第一次对话是哪天开的')).toEqual(day);
    expect(factsAsked('When did Zhong Sheng publish it?')).toEqual([{ kind: 'date' }]);
  });

  it('reads a date asked to the year: "which year", "what yr", "month/yr", "哪一年"', () => {
    const year = [{ kind: 'date', at: 'year' }];
    expect(
      factsAsked('In which year did the first Bilateral Cybersecurity Working Group Dialogue take place?'),
    ).toEqual(year);
    expect(factsAsked('what yr was the first cwg dialogue actually held')).toEqual(year);
    expect(factsAsked('iran election - yr exactly')).toEqual(year);
    expect(factsAsked('mandiant report month/yr')).toEqual(year);
    expect(factsAsked('In what month and year did Zhong Sheng publish it?')).toEqual(year);
    expect(factsAsked('中美网络工作组是在哪一年宣布成立的')).toEqual(year);
    expect(factsAsked('In what month did Zhong Sheng publish it?')).toEqual([{ kind: 'date' }]);
  });

  it("reads the title of a work asked for, not a person's", () => {
    expect(factsAsked('What was the title of Zhong Sheng’s February 2013 article?')).toEqual([
      { kind: 'title' },
    ]);
    expect(factsAsked('mandiant report title? the APT-something one')).toEqual([{ kind: 'title' }]);
    expect(factsAsked('钟声那篇2月份文章标题叫啥')).toEqual([{ kind: 'title' }]);
    expect(factsAsked("whats swaine's job title / where does he work")).toEqual([]);
    expect(factsAsked("who's hu yanping?? i need a title for him on the slide")).toEqual([]);
  });

  it('reads one of a kind of person or body asked for by name ("which member of congress", "which cos")', () => {
    const q1 = 'which member of congress sponsored the bill abt buying chinese IT systems';
    expect(factsAsked(q1)).toEqual([{ kind: 'instance', of: 'person', known: q1 }]);
    const q2 = "the wikileaks 'strangling' - which payment cos cut them off";
    expect(factsAsked(q2)).toEqual([{ kind: 'instance', of: 'organisation', known: q2 }]);
    const q3 = 'wu jianguo teaches at which uni';
    expect(factsAsked(q3)).toEqual([{ kind: 'instance', of: 'organisation', known: q3 }]);
    // Kinds the article names without a name, and "what" asking something else.
    expect(factsAsked('which officials say attacks come from the US')).toEqual([]);
    expect(factsAsked('What do knowledgeable specialists say about root servers?')).toEqual([]);
    expect(factsAsked('what did the company report about unit 61398')).toEqual([]);
  });

  it('reads issues of the journal asked for by number, not whether earlier issues did something', () => {
    const issue = [{ kind: 'issue' }];
    const q1 = 'which earlier CLM issues used the authoritative/quasi/non split';
    expect(factsAsked(q1)).toEqual(issue);
    const q2 = 'note 6 - which previous CLM issues set out the 3 source types? issue nos pls';
    expect(factsAsked(q2)).toContainEqual({ kind: 'issue' });
    expect(factsAsked('Has China Leadership Monitor used this classification in earlier issues?')).toEqual(
      [],
    );
    expect(factsAsked('which issues does the article cover')).toEqual([]);
    expect(factsAsked('Does it relate the charges to what earlier CLM issues found?')).toEqual([]);
  });

  it('does not read "date" or "year" that names no date asked for', () => {
    expect(factsAsked('is the article up to date?')).toEqual([]);
    expect(factsAsked('what changed in recent years')).toEqual([]);
    expect(factsAsked('why do dates matter to the sources')).toEqual([]);
  });

  it('reads amounts, counts with their subject, and office holders', () => {
    expect(factsAsked('how much money does the PLA spend on hacking')).toEqual([{ kind: 'amount' }]);
    expect(factsAsked('How many of the root servers are in the US?')).toEqual([
      { kind: 'count', focus: ['root', 'servers'] },
    ]);
    expect(factsAsked('Who is the director of Mandiant?')).toEqual([
      { kind: 'role', focus: 'director' },
      { kind: 'name', known: 'Who is the director of Mandiant?' },
    ]);
    expect(factsAsked('who heads the cyber office')).toEqual([{ kind: 'role', focus: 'heads' }]);
  });

  it('reads money asked for as chat and memos name it: net worth, who paid, how it is funded, an estimated cost', () => {
    const amount = [{ kind: 'amount' }];
    expect(factsAsked('hu yanping net worth?')).toEqual(amount);
    expect(factsAsked('who paid mandiant for the 61398 report')).toEqual(amount);
    expect(factsAsked("How is Hu Yanping's China Internet Data Center funded?")).toEqual(amount);
    expect(factsAsked('est cost of a us-china cyber arms race?')).toEqual(amount);
    expect(factsAsked('what would an arms race cost the two countries in trust')).toEqual([]);
    expect(factsAsked('who pays attention to the conclusions')).toEqual([]);
  });

  it('does not read a condition ("when did such remarks tend to …") as a date, nor "$$" alone as an amount', () => {
    expect(factsAsked('any friendlier voices, and when did such remarks tend to show up?')).toEqual([]);
    expect(factsAsked('when did the first cyber working group meet?')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('does he think china hacks for $$ reasons or natsec')).toEqual([]);
    expect(factsAsked('how much $$ does unit 61398 get')).toEqual([{ kind: 'amount' }]);
  });

  it('reads an author asked for, and an office named with words before it', () => {
    expect(factsAsked("who wrote the people's daily piece")).toEqual([{ kind: 'role', focus: 'wrote' }]);
    expect(factsAsked('who was the pla spokesperson that said it')).toEqual([
      { kind: 'role', focus: 'spokesperson' },
      { kind: 'name', known: 'who was the pla spokesperson that said it' },
    ]);
    expect(factsAsked('Who was the Defense Ministry spokesman?')).toEqual([
      { kind: 'role', focus: 'spokesman' },
      { kind: 'name', known: 'Who was the Defense Ministry spokesman?' },
    ]);
    expect(factsAsked('who was behind the attacks')).toEqual([]);
  });

  it('reads a count only where "how many" leads the question or a clause of it', () => {
    expect(factsAsked('Exactly how many attacks were reported?')).toEqual([
      { kind: 'count', focus: ['attacks'] },
    ]);
    expect(factsAsked('what share of internet data is in the US')).toEqual([
      { kind: 'count', focus: ['internet', 'data'] },
    ]);
    expect(factsAsked('why does the PLA publish stats on how many times it was hit')).toEqual([]);
  });

  it('counts nothing named when a pronoun stands for what is counted ("how many of them")', () => {
    expect(
      factsAsked(
        'What is a root server, and how many of them do Chinese sources say sit in the United States?',
      ),
    ).toEqual([{ kind: 'count', focus: [] }]);
    expect(factsAsked('how many of those servers are in america')).toEqual([
      { kind: 'count', focus: ['servers'] },
    ]);
  });

  it('reads a measure ("how big", "how old") as a number asked for, but not "how large a share"', () => {
    expect(factsAsked('How big is the PLA?')).toEqual([{ kind: 'count', focus: [] }]);
    expect(factsAsked('how large a share of attacks come from the US')).toEqual([]);
  });

  it('reads a number that names something ("bill number", "unit #", "by number") as a number asked for', () => {
    expect(factsAsked('whats the bill number of that congress law on buying chinese IT')).toEqual([
      { kind: 'count', focus: [] },
    ]);
    expect(factsAsked('which pla unit # runs the blue team')).toEqual([{ kind: 'count', focus: [] }]);
    const byNumber = 'Which earlier issues of the Monitor, by number, used the typology?';
    expect(factsAsked(byNumber)).toEqual([{ kind: 'count', focus: [] }, { kind: 'issue' }]);
    // Attack numbers are counts of attacks, not a number naming one.
    expect(factsAsked('what did the spokesperson say abt the 2012 attack numbers')).toEqual([]);
  });

  it('counts the things whose kinds are asked for: "how many kinds of sources" counts sources', () => {
    expect(factsAsked('how many kinds of chinese sources does he sort stuff into')).toEqual([
      { kind: 'count', focus: ['sources'] },
    ]);
    expect(factsAsked('How many categories of sources does the analysis distinguish?')).toEqual([
      { kind: 'count', focus: ['sources'] },
    ]);
  });

  it('reads what is counted past determiners, up to the verb, leaving out words every passage has', () => {
    expect(factsAsked('how many of those Chinese hackers are there')).toEqual([
      { kind: 'count', focus: ['hackers'] },
    ]);
    expect(
      factsAsked('What proportion of global Internet data traffic and processing is in the US?'),
    ).toEqual([{ kind: 'count', focus: ['global', 'internet', 'data', 'traffic'] }]);
    // The counted thing comes before "how many": nothing after it names it.
    expect(factsAsked('root servers - how many does china claim r in the us')).toEqual([
      { kind: 'count', focus: [] },
    ]);
  });

  it('reads "哪几个国家" as asking which countries and "近几个月" as recent months, not how many', () => {
    expect(factsAsked('2011年和中国一起向联合国提交行为准则的是哪几个国家？')).toEqual([]);
    expect(factsAsked('中国有几个根服务器？')).toEqual([{ kind: 'count', focus: [] }]);
    // 近几个月 is "in recent months", not "how many months".
    expect(factsAsked('近几个月来网络安全问题在中美关系中扮演了怎样的角色？')).toEqual([]);
  });

  it('reads a day asked in Chinese ("哪一天", "几号") as a date to the day, but a condition ("通常在什么时候") or a reason ("为啥 … 多少次") as no date or count', () => {
    expect(factsAsked('那些对美国态度较温和的言论通常在什么时候出现？')).toEqual([]);
    expect(factsAsked('解放军为啥老公布自己被攻击多少次')).toEqual([]);
    expect(factsAsked('解放军一年被攻击多少次')).toEqual([{ kind: 'count', focus: [] }]);
    expect(factsAsked('工作组第一次对话是什么时候')).toEqual([{ kind: 'date' }]);
    expect(factsAsked('那场记者会是在哪一天举行的')).toEqual([{ kind: 'date', at: 'day' }]);
    expect(factsAsked('mandiant报告具体是2月几号发的')).toEqual([{ kind: 'date', at: 'day' }]);
  });

  it('does not take "appropriate" for an appropriation, nor a relative clause for a question about a founder', () => {
    expect(factsAsked('Which forum does the ministry consider most appropriate for cyber rules?')).toEqual(
      [],
    );
    expect(factsAsked('What does Hu Yanping, who founded the data center, claim?')).toEqual([]);
  });

  it('reads an office holder or a real name asked in Chinese, with the English word for the office', () => {
    expect(factsAsked('外交部网络事务办公室的主任是谁？')).toEqual([{ kind: 'role', focus: 'director' }]);
    expect(factsAsked('中国那个根服务器网络是哪家公司在运营')).toEqual([{ kind: 'role', focus: 'operat' }]);
    expect(factsAsked('钟声的真名是啥')[0]?.kind).toBe('name');
    expect(factsAsked('网络事务办公室由哪位官员主管？')).toEqual([{ kind: 'role', focus: 'head' }]);
    expect(factsAsked('美国当时的国务卿是谁？')).toEqual([{ kind: 'role', focus: 'secretary' }]);
    expect(factsAsked('谁说中国没有网络部队？')).toEqual([]);
  });

  it('does not take a founder named in apposition for one asked about', () => {
    expect(factsAsked('What does Hu Yanping, the founder of the data center, claim?')).toEqual([]);
    expect(factsAsked('what is the name of the founder of the data center')[0]?.kind).toBe('role');
  });

  it('reads a name asked for after the question, as chat asks for it ("— name?", "names of the officials")', () => {
    const name = (q: string) => factsAsked(q).some((f) => f.kind === 'name');
    expect(name('which military analyst asked the 4 questions about cyberwar doctrine? name?')).toBe(true);
    expect(name('AMS researcher quoted abt strategic significance of internet - name?')).toBe(true);
    expect(name('names of the US officials who said avoid top-down regulation?')).toBe(true);
    // A verb, and the names of kinds, not of people.
    expect(name('What did the Mandiant report allege, and which organization did it name?')).toBe(false);
    expect(name('3 kinds of chinese sources the author uses?? names pls')).toBe(false);
  });

  it('reads "who is the <office>" as asking for a name as well: an excerpt naming the office and no one does not answer', () => {
    const facts = factsAsked('Who was the Foreign Ministry spokesperson who commented on the bill?');
    expect(facts.map((f) => f.kind)).toEqual(['role', 'name']);
    const unnamed =
      'A Foreign Ministry spokesperson called the bill an excuse to discriminate against Chinese companies.';
    const named = 'Foreign Ministry spokesperson Hua Chunying called the bill an excuse to discriminate.';
    expect(facts.every((f) => statesFact(f, unnamed, unnamed))).toBe(false);
    expect(facts.every((f) => statesFact(f, named, named))).toBe(true);
    // Who heads it or who wrote it may be answered by an institution: only the office asked after "who is".
    expect(factsAsked('who heads the cyber office').map((f) => f.kind)).toEqual(['role']);
  });

  it('reads two facts in one question', () => {
    const kinds = factsAsked('Who is the chairman of the academy, and when was it set up?').map(
      (f) => f.kind,
    );
    expect(kinds.sort()).toEqual(['date', 'name', 'role']);
  });

  it('asks nothing of a question that wants an explanation', () => {
    expect(factsAsked('Who do Chinese sources blame for cyberattacks?')).toEqual([]);
    expect(factsAsked('What is cyber sovereignty?')).toEqual([]);
  });
});

describe('statesFact', () => {
  it('finds dates, amounts and counts in the text shown', () => {
    expect(statesFact({ kind: 'date' }, 'held in Washington D.C. on 8 July', '')).toBe(true);
    expect(statesFact({ kind: 'date' }, 'the mandate to manage the Internet', '')).toBe(false);
    expect(statesFact({ kind: 'amount' }, 'a budget of $3 billion', '')).toBe(true);
    expect(statesFact({ kind: 'amount' }, 'a large budget', '')).toBe(false);
    const count = { kind: 'count', focus: ['root'] } as const;
    expect(statesFact(count, 'ten of them are in the US', 'the 13 root servers')).toBe(true);
    expect(statesFact(count, 'ten of them are in the US', 'the servers')).toBe(false);
  });

  it('asks a date to the year of a text stating a year, not of a day and month alone', () => {
    const year = { kind: 'date', at: 'year' } as const;
    expect(statesFact(year, 'held in Washington D.C. on 8 July', '')).toBe(false);
    expect(statesFact(year, 'the announcement in May 2011 that the PLA had formed', '')).toBe(true);
    expect(statesFact(year, '2013年的国防白皮书', '')).toBe(true);
  });

  it('does not read the day of a date as a count: "on 8 July" says how many of nothing', () => {
    const count = { kind: 'count', focus: [] } as const;
    expect(statesFact(count, 'held in Washington D.C. on 8 July', '')).toBe(false);
    expect(statesFact(count, 'published on August 20, 2013', '')).toBe(false);
    expect(statesFact(count, 'ten of the 13 so-called root servers', '')).toBe(true);
  });

  it('asks a date to the day of a text stating one, not of a month or a year', () => {
    const day = { kind: 'date', at: 'day' } as const;
    expect(statesFact(day, 'held in Washington D.C. on 8 July', '')).toBe(true);
    expect(statesFact(day, 'published on August 20, 2013', '')).toBe(true);
    expect(statesFact(day, 'the announcement in May 2011 that the PLA had formed', '')).toBe(false);
    expect(statesFact(day, 'submitted to the UN in 2011', '')).toBe(false);
  });

  it('finds a body only where a name stands that the question does not give', () => {
    const cos = { kind: 'instance', of: 'organisation', known: 'which company released the report' } as const;
    expect(
      statesFact(cos, 'a February 2013 report by Mandiant, a U.S.-based information security company', ''),
    ).toBe(true);
    expect(statesFact(cos, 'Chinese sources say the United States and its companies dominate', '')).toBe(
      false,
    );
    const uni = { kind: 'instance', of: 'organisation', known: 'wu jianguo teaches at which uni' } as const;
    expect(
      statesFact(uni, 'some non-authoritative sources, such as Major General Wu Jianguo, assert', ''),
    ).toBe(false);
    const person = { kind: 'instance', of: 'person', known: 'which senator sponsored the bill' } as const;
    expect(statesFact(person, 'legislation passed by the U.S. Congress requiring', '')).toBe(false);
  });

  it('finds an issue only by its number', () => {
    const issue = { kind: 'issue' } as const;
    expect(statesFact(issue, 'As they have in several previous editions of CLM, our examination', '')).toBe(
      false,
    );
    expect(statesFact(issue, 'as discussed in CLM no. 38 and no. 41', '')).toBe(true);
  });

  it('finds a title only as a quoted run of capitalised words', () => {
    expect(statesFact({ kind: 'title' }, 'the PLA had formed a “Cyber Blue Team” within', '')).toBe(true);
    expect(statesFact({ kind: 'title' }, 'a February 2013 report by Mandiant', '')).toBe(false);
    expect(statesFact({ kind: 'title' }, 'asserting that “the United States is trying', '')).toBe(false);
  });

  it('does not take a year for a count', () => {
    const count = { kind: 'count', focus: ['attacks'] } as const;
    expect(statesFact(count, 'the attacks China suffered in 2012', 'attacks')).toBe(false);
    expect(statesFact(count, '14,000 attacks in 2012', 'attacks')).toBe(true);
  });

  it('finds an office holder by any form of the word asked about', () => {
    expect(statesFact({ kind: 'role', focus: 'founded' }, 'Hu Yanping, the founder and president', '')).toBe(
      true,
    );
    expect(statesFact({ kind: 'role', focus: 'director' }, 'Hu Yanping, the founder and president', '')).toBe(
      false,
    );
  });
});

describe('questions asking for a fact the article does not state', () => {
  it('are refused when no passage states it', () => {
    expect(core.ask('When was ICANN created?').answered).toBe(false);
    expect(core.ask('how much money does the PLA spend on cyber units every year').answered).toBe(false);
    expect(core.ask('Who is the director of the Academy of Military Science?').answered).toBe(false);
    expect(core.ask('which senator wrote the bill on buying chinese IT systems').answered).toBe(false);
    expect(core.ask('which earlier issues used the typology').answered).toBe(false);
    expect(core.ask('has the clm used the three-tier split before?').answered).toBe(true);
  });

  it('are answered by the date beside the name the question is about, though its other words stand elsewhere', () => {
    // ¶46 dates Zhong Sheng's article; the warning it quotes is in ¶48.
    const answer = core.ask(
      'when did zhong sheng write that article about countries speeding up the development of cyber war forces',
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.excerpt).toMatch(/February 2013/);
  });

  it('are answered by the count beside what is counted, though a rarer word of the question stands elsewhere', () => {
    // "situated" is rarer than "root servers", but the count is of root servers (¶29: "10 … of the 13
    // so-called root servers … are located in the United States").
    const answer = core.ask('how many root servers are situated in america, per chinese writers?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(29);
  });

  it('are answered by a number naming what is asked about, and refused when no passage states one', () => {
    const unit = core.ask('which PLA unit number did the Mandiant report name');
    expect(unit.answered).toBe(true);
    expect(unit.passages[0]?.excerpt).toMatch(/Unit 61398/);
    // ¶60 tells of the congressional provision but gives no bill number.
    expect(
      core.ask('which bill no. for the law requiring risk assessments of chinese IT purchases').answered,
    ).toBe(false);
  });

  it('are answered by a date beside either of the two rarest words of a question naming nothing', () => {
    // "reportedly" is rarer in the article than "Blue Team"; ¶57 dates the team (May 2011).
    const answer = core.ask("In which year was the PLA's Cyber Blue Team reportedly formed?");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.excerpt).toMatch(/May 2011/);
  });

  it('are answered by a date in an excerpt carrying enough of a question that names nothing', () => {
    // Neither 中美 nor 举行 is written in ¶5, which dates the first working group dialogue (8 July).
    const answer = core.ask('中美网络安全工作组首次对话是什么时候在哪里举行的');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(5);
    expect(answer.passages[0]?.excerpt).toMatch(/8 July/);
  });

  it('are answered by a count beside either of the two rarest words counted', () => {
    // "principal" is rarer than "root servers"; ¶29: "10 … of the 13 so-called root servers".
    const servers = core.ask(
      'How many of the principal root servers are said by Chinese writers to be situated on American soil?',
    );
    expect(servers.passages[0]?.paragraph).toBe(29);
    const traffic = core.ask(
      'What share of global Internet traffic is claimed to pass through the United States?',
    );
    expect(traffic.passages[0]?.paragraph).toBe(29);
  });

  it('are of the words the best passage covers, not of the rarest words of the phrasing', () => {
    // "请问" (please) and "中美" are rarer than 对话 (dialogue), and ¶5, which dates the first dialogue,
    // writes neither.
    const answer = core.ask('请问中美双方为应对网络安全问题建立了什么对话机制？首次对话于何时何地举行？');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(5);
    // ¶5 gives a day ("8 July"), not a head count.
    expect(core.ask('how many delegates attended the first working group dialogue').answered).toBe(false);
  });

  it('read what a count counts only by the words the article has: a typo or a word of chat names nothing', () => {
    // "tipos": ¶9 distinguishes "three basic types of Chinese sources".
    const answer = core.ask('how many tipos of chinese sources does he use');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.paragraph).toBe(9);
    // A word the article has still names what is counted, and the subject still must stand beside it.
    expect(core.ask('how many employees does mandiant have').answered).toBe(false);
  });

  it('are refused when the only date stated is a date of something else', () => {
    // The passages quoting the Academy date the PLA's Blue Team (May 2011), not the Academy.
    expect(core.ask('When was the Academy of Military Science established?').answered).toBe(false);
  });

  it('are answered, date first, when a passage states it', () => {
    const answer = core.ask('When was the first working group dialogue held?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.excerpt).toMatch(/8 July/);
    expect(core.ask('Who founded the China Internet Data Center?').passages[0]?.excerpt).toMatch(/founder/);
  });
});

describe('an occurrence of an event after the first', () => {
  it('is asked for by an ordinal before the event, in English or Chinese, not before an element or a rank', () => {
    const second = { kind: 'ordinal', forms: ['second', '2nd', '第二'] };
    expect(factsAsked('where second CWG dialogue held')).toEqual([second]);
    expect(factsAsked('what came out of the 2nd cyber working group mtg')).toEqual([second]);
    expect(factsAsked('第二次中美网络工作组对话在哪里举行')).toEqual([second]);
    expect(factsAsked('how has Washington reacted to the second element of the proposal?')).toEqual([]);
    expect(factsAsked('which country came 2nd after the US')).toEqual([]);
  });

  it('is stated only by a passage counting it', () => {
    const third = { kind: 'ordinal', forms: ['third', '3rd', '第三'] } as const;
    expect(statesFact(third, '', 'the third round of talks')).toBe(true);
    expect(statesFact(third, '', 'the first round of talks, the thirdhand account')).toBe(false);
  });

  it('is refused when the article tells only of the first, whatever was asked before', () => {
    const unlearned = createCyberviews({ readersWords: NO_READERS_WORDS });
    expect(unlearned.ask('When was the second Cyber Working Group dialogue held?').answered).toBe(false);
    expect(
      unlearned.ask('When was the first Cyber Working Group dialogue held?').passages[0]?.excerpt,
    ).toMatch(/8 July/);
  });
});

describe('questions about what happened later', () => {
  it('are recognised by how they ask', () => {
    expect(asksForOutcome('Was the code of conduct eventually adopted?')).toBe(true);
    expect(asksForOutcome('who took over from Yang Jiechi')).toBe(true);
    expect(asksForOutcome('who replaced Yang Jiechi as foreign minister')).toBe(true);
    expect(asksForOutcome('What does the code of conduct propose?')).toBe(false);
    expect(asksForOutcome('How did the UN General Assembly ultimately act on the code?')).toBe(true);
    expect(asksForOutcome('Which company later acquired Mandiant?')).toBe(true);
    expect(asksForOutcome('What does the author say later in the article about ICANN?')).toBe(false);
    // 后来 / 後來: "later, afterwards".
    expect(asksForOutcome('中美网络安全工作组后来为何暂停运作？')).toBe(true);
    expect(asksForOutcome('CWG後來係咪暫停咗?')).toBe(true);
    expect(asksForOutcome('中美网络安全工作组为何成立？')).toBe(false);
  });

  it('are not read into a purpose or a success ("would ultimately", "succeeded in")', () => {
    expect(
      asksForOutcome('According to Yang Jiechi, what would such a code ultimately lay the groundwork for?'),
    ).toBe(false);
    expect(asksForOutcome('What did Yang suggest such a code might eventually help create?')).toBe(false);
    expect(asksForOutcome('What is the United States ultimately after, in their view?')).toBe(false);
    expect(asksForOutcome('Have the two countries succeeded in lessening suspicion?')).toBe(false);
    expect(asksForOutcome('Who succeeded Yang Jiechi as foreign minister?')).toBe(true);
  });

  it('are not read into what someone wanted, expected or feared would come in the end', () => {
    expect(asksForOutcome('what did yang jiechi want the code to lead to eventually')).toBe(false);
    expect(
      asksForOutcome('What kind of mechanism did Yang Jiechi envisage such a code ultimately producing?'),
    ).toBe(false);
    expect(asksForOutcome("what's washington scared of if the UN ends up running the internet")).toBe(false);
    // A second clause asks what came.
    expect(asksForOutcome('what did china want and did it end up getting it')).toBe(true);
    expect(asksForOutcome('Did the UN end up adopting the code?')).toBe(true);
  });

  it('are refused in Chinese when a word of theirs is nowhere in the article, whatever was asked before', () => {
    // 暂停 (suspended), 退出 (withdrew): the article, written in 2013, says neither.
    const unlearned = createCyberviews({ readersWords: NO_READERS_WORDS });
    expect(unlearned.ask('中美网络安全工作组后来为何暂停运作？').answered).toBe(false);
    expect(unlearned.ask('tajikistan 和 uzbekistan 后来有没有退出 code of conduct').answered).toBe(false);
    expect(unlearned.ask('中美网络安全工作组为何成立？').passages[0]?.id).toBe('p69');
  });

  it('are refused when the article does not state the outcome in their terms', () => {
    expect(core.ask('Did the United Nations end up adopting the code of conduct?').answered).toBe(false);
    expect(core.ask('What does the draft code of conduct say, according to Zhong Sheng?').answered).toBe(
      true,
    );
  });
});

describe('words the article lacks', () => {
  it('count half against answering when they are everyday words', () => {
    // "bad" is an everyday word: the question is about cyber war and America, which the article covers.
    expect(core.ask('why would cyber war be bad for america itself').answered).toBe(true);
  });

  it('count fully when they are specific', () => {
    expect(core.ask('What is the capital of Tajikistan?').answered).toBe(false);
  });
});

describe('questions about people the article does not name', () => {
  it('read "appointed", "real name" and "took over" as asking for someone', () => {
    expect(factsAsked('Who was appointed to lead the office?')).toEqual([
      { kind: 'role', focus: 'appointed' },
    ]);
    expect(factsAsked('what is the name of the spokesperson')[0]?.kind).toBe('name');
  });

  it('find a name only where the text names a person the question does not', () => {
    const name = { kind: 'name', known: 'what is the name of the Defense Ministry spokesperson' } as const;
    expect(statesFact(name, 'a Defense Ministry spokesperson declared', '')).toBe(false);
    expect(statesFact(name, 'spokesperson Geng Yansheng declared', '')).toBe(true);
  });

  it('find an office word only as a word, not inside a compound ("level-headed")', () => {
    expect(statesFact({ kind: 'role', focus: 'heads' }, 'a level-headed approach', '')).toBe(false);
    expect(statesFact({ kind: 'role', focus: 'heads' }, 'the head of the office', '')).toBe(true);
  });

  it('are refused when no passage states them', () => {
    expect(core.ask('Who succeeded Yang Jiechi as foreign minister?').answered).toBe(false);
    expect(core.ask('exact # of cyberattacks on China in 2012').answered).toBe(false);
  });
});
