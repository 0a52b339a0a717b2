import type { Document, Event } from '../../document/index.js';
import type { TriggerDecision } from '../coder.js';
import type { TriggerEntry } from '../lexicon.js';
import { eventLexicon } from '../lexicon.js';
import { candidateFeatures, viewOfEvent } from './features.js';
import type { CandidateView } from './features.js';
import type { DecisionModel } from './model.js';
import { judge } from './model.js';

export { candidateFeatures, tokenAt } from './features.js';
export type { CandidateView } from './features.js';
export { bestThreshold, DEFAULT_TRAINING, judge, modelToJson, probability, readDecisionModel, trainWeights } from './model.js';
export type { DecisionModel, ScoredCandidate, TrainingExample, TrainingSettings, Verdict } from './model.js';

const sources = new Map<string, Map<string, string>>();

/** Entry id → the source column of its line, for one language. */
function entrySources(lang: string): Map<string, string> {
  let map = sources.get(lang);
  if (map) return map;
  map = new Map();
  const index = eventLexicon(lang).triggers;
  const entries: TriggerEntry[] = [
    ...[...index.byWord.values()].flat(),
    ...[...index.byPrefix.values()].flat().map((x) => x.entry),
    ...index.shortPrefixes.map((x) => x.entry),
    ...[...index.bySuffix.values()].flat().map((x) => x.entry),
    ...index.shortSuffixes.map((x) => x.entry),
  ];
  for (const e of entries) map.set(e.id, e.source);
  sources.set(lang, map);
  return map;
}

/** The candidate view and features of every event the coder emitted, in document order. */
export function candidatesOf(doc: Document): { event: Event; view: CandidateView; features: string[] }[] {
  const source = entrySources(doc.lang);
  const bySentence = new Map<number, string[]>();
  const views = doc.events.map((event) => {
    const view = viewOfEvent(doc, event, (id) => source.get(id) ?? '-', []);
    bySentence.set(view.sentence, [...(bySentence.get(view.sentence) ?? []), event.type]);
    return { event, view };
  });
  return views.map(({ event, view }) => {
    const others = [...(bySentence.get(view.sentence) ?? [])];
    others.splice(others.indexOf(event.type), 1);
    const full = { ...view, sentenceTypes: others };
    return { event, view: full, features: candidateFeatures(doc, full) };
  });
}

/**
 * The learned decision: keeps the events the model accepts, records why each other one was
 * rejected (its probability and strongest features) for `paraat explain`.
 */
export function decideEvents(doc: Document, model: DecisionModel, decisions?: TriggerDecision[]): Event[] {
  const kept: Event[] = [];
  for (const { event, view, features } of candidatesOf(doc)) {
    const verdict = judge(model, features);
    const why = `decision model p=${verdict.probability.toFixed(2)} (threshold ${model.threshold}); ${verdict.strongest.map((s) => `${s.feature} ${s.weight > 0 ? '+' : ''}${s.weight.toFixed(2)}`).join(', ')}`;
    if (verdict.accepted) {
      event.confidence = Math.round(verdict.probability * 100) / 100;
      kept.push(event);
    }
    decisions?.push({
      sentence: view.sentence,
      trigger: event.evidence.trigger.text,
      entry: view.entryId,
      type: event.type,
      outcome: verdict.accepted ? 'event' : 'dropped',
      reason: why,
    });
  }
  doc.events = kept;
  return kept;
}
