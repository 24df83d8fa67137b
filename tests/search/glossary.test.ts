import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, loadArticle } from '../../src/corpus/load.js';
import { Glossary, type GlossaryEntry } from '../../src/search/glossary.js';
import { phraseOf } from '../../src/search/query.js';
import { hasPhrase } from '../../src/search/span.js';
import { isStopword, termsOf, tokenize } from '../../src/search/terms.js';

const { entries } = JSON.parse(readFileSync(join(defaultCorpusDir(), 'glossary.json'), 'utf8')) as {
  entries: GlossaryEntry[];
};

let articleSequence: string[][];
beforeAll(() => {
  const text = loadArticle()
    .paragraphs.map((p) => p.text)
    .join(' ');
  articleSequence = tokenize(text).map((t) => (isStopword(t.word) ? [] : termsOf(t.word)));
});

describe('the glossary', () => {
  it('only points at words and phrases that occur in the article', () => {
    const missing = entries
      .flatMap((e) => e.targets)
      .filter((target) => !hasPhrase(articleSequence, phraseOf(target)));
    expect(missing).toEqual([]);
  });

  it('covers the acronyms and Chinese terms readers use', () => {
    const aliases = new Set(entries.flatMap((e) => [...e.aliases, ...(e.exactCase ?? [])]));
    for (const alias of [
      'PLA',
      'MFA',
      'MND',
      'MoD',
      'UN',
      'ICANN',
      'S&ED',
      'CWG',
      'AMS',
      'LAD',
      'NSA',
      'DNS',
      'FM',
      'non-auth',
      'quasi-auth',
    ]) {
      expect(aliases).toContain(alias);
    }
    for (const term of ['网络主权', '网络安全', '网络战', '霸权', '解放军', '钟声', '人民日报'])
      expect(aliases).toContain(term);
  });

  it('matches "US" the country but not "us" the pronoun', () => {
    const glossary = new Glossary(entries);
    const names = (q: string) => glossary.match(q).map((m) => m.entry.targets[0]);
    expect(names('Does the US spy?')).toContain('United States');
    expect(names('tell us about spying')).not.toContain('United States');
  });

  it('matches hyphenated and spaced spellings alike', () => {
    const glossary = new Glossary(entries);
    const first = (q: string) => glossary.match(q)[0]?.entry.targets[0];
    expect(first('non authoritative sources')).toBe(first('non-authoritative sources'));
    expect(first('multi stakeholder')).toBe('multi-stakeholder');
  });

  it('matches a name with a possessive as the name', () => {
    const glossary = new Glossary(entries);
    const matches = glossary.match('What did Xi Jinping’s visit change?');
    expect(matches).toHaveLength(1);
    expect(matches[0]?.entry.targets).toContain('Xi Jinping');
  });

  it('matches Chinese terms inside a Chinese sentence', () => {
    const glossary = new Glossary(entries);
    expect(glossary.match('什么是网络主权？').map((m) => m.entry.targets[0])).toContain('cyber sovereignty');
  });
});
