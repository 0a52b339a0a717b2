import type { Document, Event, Mention } from '../document/index.js';
import type { DraftEvent, TriggerDecision } from './draft.js';
import { decisionsOf, eventOf, standing } from './draft.js';
import { eventLexicon, hasEventLexicon } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { buildSentenceView } from './sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from './settings.js';
import { findCandidates } from './stages/candidates.js';
import { scoreConfidence } from './stages/confidence.js';
import { applyConventions } from './stages/conventions.js';
import { decide } from './stages/decision.js';
import { attachDetails, mergeSameEvents } from './stages/merge.js';
import { resolveArticleActors } from './stages/article-actors.js';
import { assignModality } from './stages/modality.js';
import { assignRoles } from './stages/roles.js';

export interface CodingOptions {
  /** Receives why each candidate trigger did or did not become an event. */
  decisions?: TriggerDecision[];
  /** Receives every draft of the document, the turned-down ones included, in text order. */
  drafts?: DraftEvent[];
  /** Languages whose parse, where a sentence has one, decides subject and object (default: CODER_SETTINGS.syntaxRoleLanguages). */
  syntaxRoleLanguages?: Iterable<string>;
}

type SentenceStage = (drafts: DraftEvent[], view: SentenceView) => DraftEvent[];

/** The stages after the candidates, in order, each over the drafts of one sentence. */
const SENTENCE_STAGES: readonly SentenceStage[] = [decide, assignRoles, assignModality, applyConventions, mergeSameEvents, scoreConfidence];

/**
 * Codes the events of a document from its tokens, sentences and resolved mentions, per the lexicon
 * of its language: per sentence, candidates → decision → roles → modality → conventions → merge →
 * confidence, then details attached across sentences and actors the sentence left unnamed taken
 * from the article. Fills doc.events and returns them.
 */
export function codeEvents(doc: Document, options: CodingOptions = {}): Event[] {
  const { syntaxRoleLanguages = SETTINGS.syntaxRoleLanguages } = options;
  doc.events = [];
  if (!hasEventLexicon(doc.lang)) return doc.events;
  const lexicon = eventLexicon(doc.lang);
  const syntaxRoles = [...syntaxRoleLanguages].includes(doc.lang);
  const drafts: DraftEvent[] = [];
  let mentionIndex = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const { firstToken: first, endToken: end } = doc.sentences[s];
    const mentions: Mention[] = [];
    while (mentionIndex < doc.mentions.length && doc.mentions[mentionIndex].firstToken < end) {
      if (doc.mentions[mentionIndex].firstToken >= first) mentions.push(doc.mentions[mentionIndex]);
      mentionIndex++;
    }
    const candidates = findCandidates(doc, lexicon, s, mentions, syntaxRoles);
    if (candidates.drafts.length === 0) continue;
    const view = buildSentenceView(doc, lexicon, s, mentions, candidates.drafts, candidates.parsed);
    drafts.push(...SENTENCE_STAGES.reduce((list, stage) => stage(list, view), candidates.drafts));
  }
  attachDetails(drafts, doc);
  resolveArticleActors(drafts, doc);
  doc.events = drafts.filter((d) => standing(d) && d.attachedTo === null).map((d) => eventOf(d, doc));
  options.drafts?.push(...drafts);
  options.decisions?.push(...decisionsOf(drafts));
  return doc.events;
}
