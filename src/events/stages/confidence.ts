import type { DraftEvent } from '../draft.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';

/** Stage 7: how sure the coding is, from the kind of trigger and the participants found. */
export function scoreConfidence(drafts: DraftEvent[]): DraftEvent[] {
  for (const draft of drafts) {
    if (draft.rejected) continue;
    draft.confidence = confidenceOf(draft);
    draft.trace.push({ stage: 'confidence', note: String(draft.confidence) });
  }
  return drafts;
}

function confidenceOf(draft: DraftEvent): number {
  const weights = SETTINGS.confidence;
  let c = draft.entry.triggerClass === 'verb' ? weights.verb : weights.noun;
  if (draft.tokens.length > 1) c += weights.multiWord;
  if (draft.actorMentions.length) c += weights.actor;
  if (draft.recipientMentions.length) c += weights.recipient;
  return Math.round(Math.min(c, weights.max) * 100) / 100;
}
