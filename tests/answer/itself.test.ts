import { beforeAll, describe, expect, it } from 'vitest';
import { createCyberviews, formatParagraphs } from '../../src/index.js';

let core: ReturnType<typeof createCyberviews>;
beforeAll(() => {
  core = createCyberviews();
});

const said = (question: string) => JSON.stringify(core.ask(question).message ?? '');

describe('a question about the article itself', () => {
  it('is told the byline, venue and date, with where to find how to cite it', () => {
    for (const question of [
      'who wrote this',
      'who is the author?',
      'hey who wrote this piece',
      'when was the article published',
      'what year was this written?',
      'where was this published',
      'what journal is this in',
      'which CLM issue is this',
      'what issue of CLM is this article in',
      'how do i cite this',
      '这篇文章是谁写的',
      '作者是谁？',
      '这篇文章什么时候发表的',
    ]) {
      const answer = core.ask(question);
      expect(answer.answered, question).toBe(false);
      const text = said(question);
      expect(text, question).toContain('Michael D. Swaine');
      expect(text, question).toContain('China Leadership Monitor no. 42');
      expect(text, question).toContain('20 September 2013');
      expect(text, question).toContain('"command":"about"');
    }
  });

  it('does not take in a question about another text the article cites', () => {
    expect(core.ask('when was the zhong sheng piece published').answered).toBe(true);
    for (const question of ['who wrote the liberation army daily article', 'who wrote the report']) {
      expect(said(question), question).not.toContain('Michael D. Swaine');
    }
  });

  it('does not take in a question that goes on to ask about the article’s subject', () => {
    const question = 'when was it published that China wants cyber sovereignty';
    expect(said(question)).not.toContain('Michael D. Swaine');
    expect(said('which issue is this article mostly about')).not.toContain('Michael D. Swaine');
  });
});

describe('a question about whom the author thanks', () => {
  it('is answered by the acknowledgement note itself, cited as the note it is, however it is asked', () => {
    for (const question of [
      'who did swaine thank for helping w the piece',
      'Whom does the author acknowledge for assistance in preparing the article?',
      'who swaine thank in the footnote (*) for help',
      "who'd the author thank for help w the article",
      'swaine thank who for helping w the paper',
      "who's thanked in the acknowledgements?",
      'who helped swaine write this',
      'who is swaine indebted to',
      'who is audrye wong',
      'who is audrye wong and why is she in the article lol',
      '文章致谢了谁',
    ]) {
      const answer = core.ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.total, question).toBe(1);
      const [note] = answer.passages;
      expect(note?.id, question).toBe('ack');
      expect(note?.excerpt, question).toBe(
        'I am greatly indebted to Audrye Wong for her invaluable assistance in the preparation of this article.',
      );
      expect(note?.page, question).toBe(1);
      expect(note?.citation, question).toMatch(/\(2013\), p\. 1, n\. \*$/);
      const bold = note?.highlights.map((h) => note.excerpt.slice(h.start, h.end));
      expect(bold, question).toEqual(['Audrye Wong']);
    }
  });

  it('is refused, with the note quoted and its page, when it asks what the note does not state', () => {
    for (const question of [
      'audrey wong affiliation?',
      'where does audrye wong work',
      'What has Audrye Wong published on Chinese foreign policy?',
      'audrye wong - which institution she from',
      'who is audrye wong, whats her job',
      'Audrye Wong 是哪个学校的',
    ]) {
      expect(core.ask(question).answered, question).toBe(false);
      const text = said(question);
      expect(text, question).toContain('I am greatly indebted to Audrye Wong for her invaluable assistance');
      expect(text, question).toContain('foot of page 1');
    }
  });

  it('is shown in full, and placed, by the note’s passage id', () => {
    const note = core.passage('ack');
    expect(note?.text).toContain('indebted to Audrye Wong');
    expect(note?.paragraphs).toEqual([0, 0]);
    expect(formatParagraphs([0, 0])).toBe('n. *');
    expect(formatParagraphs([7, 8])).toBe('¶7–8');
  });

  it('does not take in thanks closing a question, nor acknowledging something in the article’s subject', () => {
    for (const question of [
      'what is cyber sovereignty? thanks!',
      'thx - who accuses china of hacking',
      'Hi Ben. Who does China blame for the attacks? Thanks for the help',
      'does china acknowledge the attacks',
      'What does Washington acknowledge about its own cyber activities?',
    ]) {
      expect(core.ask(question).answered, question).toBe(true);
      expect(said(question), question).not.toContain('Audrye Wong');
    }
  });
});
