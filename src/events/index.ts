export { codeEvents } from './coder.js';
export type { CodingOptions, TriggerDecision } from './coder.js';
export { cameoEntry, cameoTable, PLOVER_TYPES } from './ontology.js';
export type { CameoEntry } from './ontology.js';
export { eventLexicon, hasEventLexicon } from './lexicon.js';
export { parseNumeral } from './quantities.js';
export { findQuotes } from './quotes.js';
export { markCandidateSentences } from './candidates.js';
