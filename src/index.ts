// Public surface of the core: what adapters import.

export { DEFAULT_LIMIT, MAX_LIMIT } from './answer/answer.js';
export { help } from './commands/help.js';
export { cleanInput, MAX_INPUT, NOTE_RANGE, parseCommand } from './commands/parse.js';
export type * from './commands/types.js';
export { formatCitation, formatNotes, formatPages } from './corpus/citation.js';
export { createCyberviews } from './cyberviews.js';
export type * from './types.js';
