import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AskedQuestion } from '../../src/search/asked.js';
import { ImpactTable, termImpacts } from '../../src/search/impacts.js';
import { NearestTable } from '../../src/search/nearest.js';

const learned = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'readers-words.json'),
    'utf8',
  ),
) as { asked: AskedQuestion[] };
const documents = learned.asked.map((q) => q.words.split(' '));
const impacts = termImpacts(documents);
const summed = new ImpactTable(impacts.impacts, documents.length);
const keep = (at: number) => at % 3 !== 0;
const queries = [
  ['hack', 'compani', 'blame'],
  ['china', 'us', 'hack', '?who'],
  ['sovereignti', 'china', 'cyber', 'defin', '?what'],
  ['icann', 'us', 'control', 'china'],
  ['china', 'cyber'],
  ['nosuchstem', 'mandiant', 'china'],
  // The rarer terms find too few documents: the common one is read in full.
  ['nuclear', 'warhead', 'north', 'korea', '?howmany'],
  // Common terms only, read one at a time.
  ['mandiant', 'report'],
  ['?why', 'us', 'china', 'cyber', 'attack', 'militari', 'pla', 'unit', '61398'],
];

describe('the nearest of many short documents', () => {
  it.each([1024, 512, 256, 8])(
    'gives what summing every term gives, to the bit and the tie (common from %i documents)',
    (from) => {
      const nearest = new NearestTable(impacts, documents.length, from);
      for (const terms of queries) {
        for (const [k, keptK] of [
          [3, 10],
          [1, 1],
          [20, 5],
        ] as const) {
          const ours = nearest.best(terms, k, keep, keptK);
          const theirs = summed.best(new Map(terms.map((t) => [t, 1])), k, keep, keptK);
          expect(ours).toEqual(theirs);
        }
      }
    },
  );

  it('breaks ties as summing does: the document the query’s terms matched first', () => {
    // Documents 0 and 2 have the same terms, 1 and 3 one term each, as rare; "c", in four more, is
    // common, and those four are read through its bitset alone.
    const docs = [['b', 'a'], ['a'], ['a', 'b'], ['b'], ['c'], ['c'], ['c'], ['c']];
    const small = termImpacts(docs);
    const query = ['c', 'b', 'a'];
    const ours = new NearestTable(small, docs.length, 4).best(query, 4, () => true, 4);
    const theirs = new ImpactTable(small.impacts, docs.length).best(
      new Map(query.map((t) => [t, 1])),
      4,
      () => true,
      4,
    );
    expect(ours).toEqual(theirs);
    expect(ours.all.map((s) => s.at)).toEqual([0, 2, 3, 1]);
  });
});
