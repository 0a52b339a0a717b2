import type { Document, Mention, Token } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { newDraft } from '../draft.js';
import type { EventLexicon, TriggerEntry } from '../lexicon.js';
import { candidatesAt, wordsOfRole } from '../lexicon.js';
import { matchAt } from '../patterns.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';

interface TriggerMatch {
  entry: TriggerEntry;
  tokens: number[];
}

const VERBAL_TAGS = new Set(['VERB', 'AUX']);

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * A match made through the lemma alone must agree with the part of speech: the lemma "accord" of
 * "According" is no agreement. Surface forms written in the lexicon are trusted as they are.
 */
function agreesWithTag(entry: TriggerEntry, token: Token): boolean {
  if (!token.upos || matchesSurface(entry, token)) return true;
  return entry.triggerClass !== 'verb' ? !VERBAL_TAGS.has(token.upos) : !NOMINAL_TAGS.has(token.upos);
}

function matchesSurface(entry: TriggerEntry, token: Token): boolean {
  const first = entry.pattern.elements[0];
  return first.words.has(token.lower) || first.prefixes.some((p) => token.lower.startsWith(p)) || first.suffixes.some((x) => token.lower.endsWith(x));
}

/**
 * "halt mediation ... if cooperation founders", "veroordeelt de aanval die tot ... leidde": a gap that
 * passes a complementizer, a relative pronoun or a condition word joins two clauses. (Adverbs that
 * also open clauses, "sloeg dan toe", may stand in a gap.)
 */
function gapCrossesClause(tokens: Token[], matched: number[], lexicon: EventLexicon): boolean {
  const complementizers = wordsOfRole(lexicon, 'complementizer');
  const relatives = wordsOfRole(lexicon, 'relative');
  for (let k = 1; k < matched.length; k++) {
    for (let i = matched[k - 1] + 1; i < matched[k]; i++) {
      const lower = tokens[i].lower;
      if (complementizers.has(lower) || relatives.has(lower) || lexicon.conditionWords.has(lower)) return true;
    }
  }
  return false;
}

/** All trigger matches in a sentence; longer patterns win where two matches share tokens. */
function findTriggers(tokens: Token[], first: number, end: number, lexicon: EventLexicon): TriggerMatch[] {
  const all: TriggerMatch[] = [];
  for (let i = first; i < end; i++) {
    for (const entry of candidatesAt(lexicon.triggers, tokens[i].lower, tokens[i].lemma)) {
      if (!agreesWithTag(entry, tokens[i])) continue;
      const matched = matchAt(entry.pattern, tokens, i, end);
      if (matched && !gapCrossesClause(tokens, matched, lexicon)) all.push({ entry, tokens: matched });
    }
  }
  all.sort((a, b) => b.tokens.length - a.tokens.length || a.tokens[0] - b.tokens[0]);
  const claimed = new Set<number>();
  const kept: TriggerMatch[] = [];
  for (const m of all) {
    if (m.tokens.some((t) => claimed.has(t))) continue;
    for (const t of m.tokens) claimed.add(t);
    kept.push(m);
  }
  return kept.sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/** Whether a trigger of the lexicon matches in the sentence as the candidate stage reads it (tags and clauses agreeing); stops at the first. */
export function holdsTrigger(tokens: Token[], first: number, end: number, lexicon: EventLexicon): boolean {
  for (let i = first; i < end; i++) {
    for (const entry of candidatesAt(lexicon.triggers, tokens[i].lower, tokens[i].lemma)) {
      if (!agreesWithTag(entry, tokens[i])) continue;
      const matched = matchAt(entry.pattern, tokens, i, end);
      if (matched && !gapCrossesClause(tokens, matched, lexicon)) return true;
    }
  }
  return false;
}

/** How many mentions stand without a preposition before them (after any determiner or possessive). */
function unmarkedMentions(doc: Document, lexicon: EventLexicon, mentions: Mention[], first: number): number {
  const possessives = wordsOfRole(lexicon, 'possessive');
  let count = 0;
  for (const m of mentions) {
    let i = m.firstToken - 1;
    while (i >= first && (lexicon.determiners.has(doc.tokens[i].lower) || possessives.has(doc.tokens[i].lower))) i--;
    if (i < first || !lexicon.prepositions.has(doc.tokens[i].lower)) count++;
  }
  return count;
}

/**
 * Stage 1: the candidate triggers of a sentence, one draft each. The sentence's parse (when the
 * pipeline parsed it and `syntaxRoles` trusts this language's) decides roles where a verb with
 * subject and object is among the candidates and enough mentions stand without a preposition that
 * word order may choose wrongly.
 */
export function findCandidates(
  doc: Document,
  lexicon: EventLexicon,
  sentence: number,
  mentions: Mention[],
  syntaxRoles: boolean,
): { drafts: DraftEvent[]; parsed: boolean } {
  const { firstToken: first, endToken: end } = doc.sentences[sentence];
  const triggers = findTriggers(doc.tokens, first, end, lexicon);
  // Only a verb with subject and object needs the parse: a speaker's or a meeting's frame does not read it.
  const parsed =
    syntaxRoles &&
    doc.tokens[first].head !== undefined &&
    triggers.some((t) => t.entry.frame === 'svo') &&
    unmarkedMentions(doc, lexicon, mentions, first) >= SETTINGS.minMentionsToParse;
  const drafts = triggers.map((t) => newDraft(doc, sentence, t.entry, t.tokens));
  const parseNote = parsed ? 'sentence parsed' : 'word order only';
  for (const d of drafts) d.trace.push({ stage: 'candidates', note: `${d.entry.triggerClass} trigger, ${d.entry.frame} frame; ${parseNote}` });
  return { drafts, parsed };
}
