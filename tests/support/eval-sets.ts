// Question and citation sets for tests that sweep many inputs: the shared dev sets when ../shared sits
// beside the project (as in CI), else the project's own sets, so the sweep never silently shrinks to nothing.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SetQuestion {
  id: string;
  q: string;
  gold: string[];
}

export interface SetCitation {
  id: string;
  phrase: string;
  page: number | null;
  note: number | null;
}

const shared = (name: string) => fileURLToPath(new URL(`../../../shared/eval/${name}`, import.meta.url));
const own = (name: string) => fileURLToPath(new URL(`../eval/${name}`, import.meta.url));

function load<T>(sharedName: string, ownName: string): T {
  const path = existsSync(shared(sharedName)) ? shared(sharedName) : own(ownName);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const evalQuestions = (): SetQuestion[] => load('dev-questions.json', 'questions.json');
export const evalCitations = (): SetCitation[] => load('dev-citations.json', 'citations.json');
