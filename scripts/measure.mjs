#!/usr/bin/env node

// The maintainers' measuring tool, as counts rather than shares (a change of one question shows). Build
// first (`npm run build`); it reads dist/.
//   node scripts/measure.mjs count test tuning own dev [file.json …]   figures as counts; the blind test
//                                                                      set also for its novel questions
//   node scripts/measure.mjs count --misses tuning                     … and the misses (never the test set's)
//   node scripts/measure.mjs cv [--misses] [--novel]                   5-fold cross-validation by batch on
//                                                                      the tuning set, as `npm run learn`
//                                                                      does, with its Chinese and novel parts
//   node scripts/measure.mjs clean batch.json [earlier.clean.json …]   a helper's blind batch without
//                                                                      questions any set (or an earlier
//                                                                      batch) has, nor gold snippets no
//                                                                      passage holds: batch.clean.json

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createCyberviews } = await import(join(root, 'dist/src/index.js'));
const tools = await import(join(root, 'dist/src/tools.js'));

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const SETS = {
  test: join(root, 'tests/eval/blind-test.json'),
  tuning: join(root, 'tests/eval/tuning.json'),
  own: join(root, 'tests/eval/questions.json'),
  dev: join(root, '..', 'shared', 'eval', 'dev-questions.json'),
};
const HAN = /\p{Script=Han}/u;

/** The project's figures (`scoreAnswers`, as ../shared/eval/score.mjs scores) as counts, with the misses. */
function counts(set, ask, misses = false) {
  const { figures, misses: found } = tools.scoreAnswers(set, ask);
  const oos = set.filter((q) => q.gold.length === 0).length;
  const n = set.length - oos;
  const of = (share, total) => (total > 0 ? share * total : 0);
  return {
    n,
    oos,
    h1: Math.round(of(figures.hit1, n)),
    h3: Math.round(of(figures.hit3, n)),
    rr: of(figures.mrr, n),
    ex1: Math.round(of(figures.excerpt1, n)),
    refused: Math.round(of(figures.abstain, oos)),
    fa: figures.falseAbstain,
    misses: misses ? found : [],
  };
}

const add = (a, b) => {
  const sum = { ...b, misses: [...(a?.misses ?? []), ...b.misses] };
  for (const k of ['n', 'oos', 'h1', 'h3', 'rr', 'ex1', 'refused', 'fa']) sum[k] = (a?.[k] ?? 0) + b[k];
  return sum;
};

const format = (name, c) =>
  `${name} (${c.n + c.oos}; ${c.oos} out of scope): hit1 ${c.h1}/${c.n} hit3 ${c.h3} mrr ${c.rr.toFixed(1)} excerpt1 ${c.ex1} refused ${c.refused}/${c.oos} false refusals ${c.fa}`;

const [verb, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((a) => a.startsWith('--')));
const args = rest.filter((a) => !a.startsWith('--'));

if (verb === 'count') {
  const core = createCyberviews();
  const ask = (q) => core.ask(q);
  for (const name of args.length > 0 ? args : ['test']) {
    const set = read(SETS[name] ?? name);
    // The blind test set's misses are never printed: reading them would make it a tuning set.
    const c = counts(set, ask, flags.has('--misses') && name !== 'test');
    console.log(format(name, c));
    if (name === 'test') {
      const labelled = tools.LEARNED_FROM.flatMap((file) => read(join(root, file)).map((q) => q.q));
      const overlap = tools.nearestOverlap(
        set.map((q) => q.q),
        labelled,
      );
      const novel = set.filter((_, i) => overlap[i] < tools.NOVEL_BELOW);
      console.log(format('  its novel questions', counts(novel, ask)));
    }
    for (const miss of c.misses) console.log(`  ${miss}`);
  }
} else if (verb === 'cv') {
  const { tuning, folds } = tools.learnedFolds(root, tools.defaultCorpusDir(), 5);
  const own = read(SETS.own).map((q) => q.q);
  let all;
  let chinese;
  let novel;
  for (const fold of folds) {
    const core = createCyberviews({ readersWords: fold.readersWords });
    const ask = (q) => core.ask(q);
    all = add(all, counts(fold.held, ask, flags.has('--misses')));
    chinese = add(
      chinese,
      counts(
        fold.held.filter((q) => HAN.test(q.q)),
        ask,
      ),
    );
    if (flags.has('--novel')) {
      const held = new Set(fold.held.map((q) => q.id));
      const labelled = [...own, ...tuning.filter((q) => !held.has(q.id)).map((q) => q.q)];
      const overlap = tools.nearestOverlap(
        fold.held.map((q) => q.q),
        labelled,
      );
      novel = add(
        novel,
        counts(
          fold.held.filter((_, i) => overlap[i] < tools.NOVEL_BELOW),
          ask,
        ),
      );
    }
  }
  console.log(format('tuning, 5-fold by batch', all));
  console.log(format('  Chinese', chinese));
  if (novel) console.log(format('  novel', novel));
  for (const miss of all.misses) console.log(`  ${miss}`);
} else if (verb === 'clean' && args[0]) {
  const [file, ...earlier] = args;
  const article = tools.loadArticle(tools.defaultCorpusDir());
  const paragraphs = article.paragraphs.map((p) => tools.goldKey(p.text));
  const norm = (q) => q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set();
  for (const path of [...Object.values(SETS), ...earlier])
    if (existsSync(path)) for (const q of read(path)) seen.add(norm(q.q));
  const kept = [];
  let duplicates = 0;
  let dropped = 0;
  for (const q of read(file)) {
    if (typeof q.q !== 'string' || !Array.isArray(q.gold) || seen.has(norm(q.q))) {
      duplicates++;
      continue;
    }
    // A snippet must stand in one passage, as the scorer matches it.
    const gold = q.gold.filter(
      (g) => tools.goldKey(g).length >= 12 && paragraphs.some((p) => p.includes(tools.goldKey(g))),
    );
    if (q.gold.length > 0 && gold.length === 0) {
      dropped++;
      continue;
    }
    seen.add(norm(q.q));
    kept.push({ id: q.id, q: q.q, gold, ...(q.style ? { style: q.style } : {}) });
  }
  const out = file.replace(/\.json$/, '.clean.json');
  writeFileSync(out, `${JSON.stringify(kept, null, 1)}\n`);
  console.log(
    `${out}: ${kept.length} kept (${kept.filter((q) => q.gold.length === 0).length} out of scope), ${duplicates} already asked, ${dropped} without a snippet any passage holds`,
  );
} else {
  console.error(
    'usage: node scripts/measure.mjs count [--misses] SET… | cv [--misses] [--novel] | clean batch.json [earlier…]',
  );
  process.exitCode = 1;
}
