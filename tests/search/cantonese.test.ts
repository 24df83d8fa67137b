import { describe, expect, it } from 'vitest';
import { createCyberviews } from '../../src/index.js';
import { readCantonese } from '../../src/search/cantonese.js';

describe('written Cantonese', () => {
  it('reads its grammar words as Mandarin, and leaves the nouns', () => {
    expect(readCantonese('外交部嘅网络办公室系边年成立？边个做主管？')).toBe(
      '外交部的网络办公室系哪年成立？谁做主管？',
    );
    expect(readCantonese('点解中国有冇承认？')).toBe('为什么中国有没有承认？');
    expect(readCantonese('unit 61398 有几多人？几耐开一次会？')).toBe('unit 61398 有多少人？多久开一次会？');
  });

  it('leaves Mandarin as typed, and 边 inside a word ("边境", border)', () => {
    expect(readCantonese('中国的边境在哪里')).toBe('中国的边境在哪里');
    expect(readCantonese('中国有没有自己的根服务器')).toBe('中国有没有自己的根服务器');
  });

  it('lets a Cantonese question ask what its Mandarin form asks', () => {
    const core = createCyberviews();
    // "Which year was it set up?": the article gives no year for the office, as in Mandarin.
    expect(core.ask('外交部网络事务办公室是哪年成立的？').answered).toBe(false);
    expect(core.ask('外交部網絡事務辦公室係邊年成立嘅？').answered).toBe(false);
    expect(core.ask('hua chunying 係邊個？').answered).toBe(true);
    const mandarin = core.ask('为什么有人说 PLA 都要搞自己的 cyber warfare command？');
    const cantonese = core.ask('點解有人話 PLA 都要搞自己嘅 cyber warfare command？');
    expect(cantonese.answered).toBe(true);
    expect(cantonese.passages[0]?.id).toBe(mandarin.passages[0]?.id);
    // "How many people?": a count the article never gives, refused as in Mandarin; one it gives, answered.
    expect(core.ask('pla unit 61398 有多少人').answered).toBe(false);
    expect(core.ask('pla unit 61398 有幾多人').answered).toBe(false);
    expect(core.ask('13個root servers 有幾多個喺美國').passages[0]?.id).toBe('p29');
  });
});
