// A sorted word list read as it is stored: one "word …" line per word, in code-unit order, found by
// binary search over line starts. Reading a list of tens of thousands of words costs about a
// millisecond; building a Map of them costs tens of milliseconds of the cold start.

import { readFileSync } from 'node:fs';

export class SortedLines {
  private readonly text: string;
  /** Where each line starts in `text`. */
  private readonly lines: Int32Array;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) {
      starts.push(at + 1);
    }
    this.lines = Int32Array.from(starts);
  }

  static read(path: string): SortedLines {
    return new SortedLines(readFileSync(path, 'utf8'));
  }

  /** What follows the word on its line (after one space; "" when nothing does), or undefined without it. */
  find(word: string): string | undefined {
    const { text, lines } = this;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = lines[mid] as number;
      const end = this.endOf(start);
      const space = text.indexOf(' ', start);
      const wordEnd = space !== -1 && space < end ? space : end;
      const key = text.slice(start, wordEnd);
      if (key === word) return wordEnd === end ? '' : text.slice(wordEnd + 1, end);
      if (key < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Every line whose word begins with `letter`, in order: [word, what follows it]. */
  *beginning(letter: string): Generator<[word: string, rest: string]> {
    const { text, lines } = this;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((text[lines[mid] as number] as string) < letter) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < lines.length; i++) {
      const start = lines[i] as number;
      if (text[start] !== letter) return;
      const end = this.endOf(start);
      const space = text.indexOf(' ', start);
      if (space === -1 || space > end) yield [text.slice(start, end), ''];
      else yield [text.slice(start, space), text.slice(space + 1, end)];
    }
  }

  private endOf(start: number): number {
    const end = this.text.indexOf('\n', start);
    return end === -1 ? this.text.length : end;
  }
}
