// A question → the concepts it asks about. Each concept is a word of the question (or a glossary
// phrase) with the search terms that count as evidence for it: its own stems and the glossary's targets.

import type { Glossary } from './glossary.js';
import { contentTerms, isStopword, questionTokens, stem, termsOf, tokenize } from './terms.js';

export interface Concept {
  /** The question's own words for it, as typed. */
  label: string;
  /** Stems of the question's words. */
  terms: string[];
  /** Stems the glossary adds (synonyms, expansions of acronyms and Chinese terms). */
  expansions: string[];
  /** Position in the question: concepts next to each other can match as a phrase. */
  position: number;
}

export interface QueryModel {
  question: string;
  concepts: Concept[];
}

/** Parses a question into concepts. Stopwords and question words carry no evidence and are dropped. */
export function parseQuery(question: string, glossary: Glossary): QueryModel {
  const matches = glossary.match(question);
  const concepts: Concept[] = [];
  for (const match of matches) {
    const label = question.slice(match.start, match.end);
    const own = contentTerms(label);
    // Targets count by their own stems only: "cyberattacks" means cyberattacks, not any "attack".
    const expansions = [...new Set(match.entry.targets.flatMap(primaryStems))].filter(
      (t) => !own.includes(t),
    );
    concepts.push({ label, terms: own, expansions, position: match.start });
  }
  for (const token of questionTokens(question)) {
    if (matches.some((m) => token.start < m.end && m.start < token.end)) continue;
    concepts.push({
      label: question.slice(token.start, token.end),
      terms: termsOf(token.word),
      expansions: [],
      position: token.start,
    });
  }
  concepts.sort((a, b) => a.position - b.position);
  return { question, concepts: mergeDuplicates(concepts) };
}

function primaryStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t.word))
    .map((t) => stem(t.word));
}

/** "cyber attacks on cyberattacks": one concept, not two. */
function mergeDuplicates(concepts: Concept[]): Concept[] {
  const seen = new Map<string, Concept>();
  const out: Concept[] = [];
  for (const concept of concepts) {
    const key = [...concept.terms, ...concept.expansions].sort().join(' ');
    if (key === '' || seen.has(key)) continue;
    seen.set(key, concept);
    out.push(concept);
  }
  return out;
}
