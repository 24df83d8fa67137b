import { beforeAll, describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { isPart, partsNamed, partsNamedExplicitly } from '../../src/search/parts.js';

describe('parts of the article a question names', () => {
  it('reads the summary, the introduction and the conclusions from how people name them', () => {
    expect(partsNamed('tldr of the piece')).toEqual(['abstract']);
    expect(partsNamed("According to the article's summary, what does Swaine expect?")).toEqual(['abstract']);
    expect(partsNamed('why, according to the intro, is cyber a worry')).toEqual(['introduction']);
    expect(partsNamed('in the conclusions which sources give only vague statements')).toEqual([
      'conclusions',
    ]);
    expect(partsNamed("swaine's overall verdict on chinese cyber views?")).toEqual(['conclusions']);
    expect(partsNamed('what does the author conclude')).toEqual(['conclusions']);
    expect(partsNamed('what did he conclude on the icann thing')).toEqual(['conclusions']);
  });

  it('reads the parts named in Chinese: 摘要 (abstract), 文章开头 (the opening), 结论 (conclusions)', () => {
    expect(partsNamed('摘要认为前景如何？')).toEqual(['abstract']);
    expect(partsNamed('文章开头 美国凭啥觉得网络攻击跟中国军方有关')).toEqual(['introduction']);
    expect(partsNamed('作者最后的结论是什么')).toEqual(['conclusions']);
    expect(partsNamed('中国怎么看网络主权')).toEqual([]);
  });

  it('does not read a part into the verb "conclude" or into a question about the subject', () => {
    expect(partsNamed('Why do officials refrain from concluding that Americans did it?')).toEqual([]);
    expect(partsNamed('What is cyber sovereignty?')).toEqual([]);
  });

  it('finds a part by its section title', () => {
    expect(isPart('Abstract', 'abstract')).toBe(true);
    expect(isPart('Conclusions and Observations', 'conclusions')).toBe(true);
    expect(isPart('The Chinese Definition of Cybersecurity', 'introduction')).toBe(false);
  });
});

describe('questions that name a part', () => {
  let core: ReturnType<typeof createCyberviews>;
  beforeAll(() => {
    core = createCyberviews();
  });

  it('answer "tl;dr" with the abstract, not with the signpost that mentions a summary', () => {
    const answer = core.ask('tl;dr of the piece');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.section).toBe('Abstract');
  });

  it('answer a request for the whole article, in its own words or chat’s, with the abstract', () => {
    for (const question of [
      'what is this piece about',
      'tl;dr of the whole thing pls 🙏',
      'give me the key takeaways',
      "what's the main argument of Swaine's China Leadership Monitor piece? in 2 sentences",
      '这篇文章讲了什么',
      '這篇文章的重點是什麼？',
      '作者的核心论点是什么',
    ]) {
      const answer = core.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(
        answer.passages.map((p) => p.section),
        question,
      ).toEqual(['Abstract']);
    }
  });

  it('read a summary of something the article names as a question about it, not about the whole', () => {
    for (const question of ['tl;dr of the mandiant report', '文章总结的美国“四宗罪”是哪四条?']) {
      const answer = core.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.passages[0]?.section, question).not.toBe('Abstract');
    }
  });

  it('answer "what does the author conclude" from the conclusions', () => {
    for (const question of [
      'what does the author conclude',
      'what does swaine conclude',
      '作者的结论是什么',
      '文章的结论是什么',
    ])
      expect(core.ask(question).passages[0]?.section, question).toBe('Conclusions and Observations');
  });

  it('answer first from the part they name by name, though another passage covers more of the words', () => {
    expect(
      core.ask('according to the summary, are the two sides cutting back their cyber capabilities?')
        .passages[0]?.section,
    ).toBe('Abstract');
    expect(
      core.ask('what does the introduction say about attacks being traced to China?').passages[0]?.section,
    ).toBe('Introduction');
  });

  it('answer from the part they name though none of the question’s other words stand in it', () => {
    // "basic" and "framing" are not in the abstract: BM25 alone never proposes it.
    expect(core.ask('what does the abstract say the basic framing is').passages[0]?.section).toBe('Abstract');
  });

  it('are not named by a word that may only ask for brevity, nor by "draw a conclusion"', () => {
    expect(partsNamedExplicitly('how does china define cybersecurity, gist?')).toEqual([]);
    expect(partsNamedExplicitly('tl;dr of the abstract')).toEqual(['abstract']);
    expect(partsNamedExplicitly('summary of the conclusions pls')).toEqual(['conclusions']);
    expect(partsNamedExplicitly('tl;dr')).toEqual([]);
    expect(partsNamed('外交部说网络攻击主要来自美国,但又说不下结论')).toEqual([]);
  });

  it('answer what a message asks, not the abstract, when "tl;dr" only says the reader skipped it', () => {
    const question = 'What functions does ICANN actually perform, according to the author?';
    const first = core.ask(question).passages[0]?.id;
    expect(first).not.toBe('p1');
    expect(core.ask(`tl;dr I didn't finish it lol ${question}`).passages[0]?.id).toBe(first);
  });

  it('answer "what is in the intro" with the introduction, in the article’s order', () => {
    const answer = core.ask("what's in the intro");
    expect(answer.passages.map((p) => p.section)).toEqual(['Introduction', 'Introduction', 'Introduction']);
    expect(answer.passages.map((p) => p.paragraph)).toEqual([2, 3, 4]);
  });

  it('rank the named part’s passage first when its words also stand elsewhere', () => {
    const answer = core.ask(
      "According to the article's summary, what does Swaine expect Beijing to do with its cyber capabilities over the near to medium term?",
    );
    expect(answer.passages[0]?.section).toBe('Abstract');
  });
});
