export { codeEvents } from './coder.js';
export type { CodingOptions } from './coder.js';
export type { DraftEvent, StageName, StageNote, TriggerDecision } from './draft.js';
export { CODER_SETTINGS } from './settings.js';
export { cameoEntry, cameoTable, PLOVER_TYPES } from './ontology.js';
export type { CameoEntry } from './ontology.js';
export { eventLexicon, hasEventLexicon } from './lexicon.js';
export { parseNumeral } from './quantities.js';
export { findQuotes } from './quotes.js';
