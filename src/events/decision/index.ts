import type { Document, Event } from '../../document/index.js';
import type { AppliedConvention, DraftEvent, TriggerDecision } from '../draft.js';
import { standing } from '../draft.js';
import { convention } from '../conventions.js';
import { cameoEntry, typeCameo } from '../ontology.js';
import { candidateFeatures, hypothesisFeatures, viewOfDraft } from './features.js';
import type { CandidateView } from './features.js';
import type { DecisionModel } from './model.js';
import { readDecisionModel, sigmoid, strongestFeatures } from './model.js';
import { join } from 'node:path';

export { candidateFeatures, hypothesisFeatures } from './features.js';
export type { CandidateView } from './features.js';
export { bestThreshold, modelToJson, probability, readDecisionModel, strongestFeatures, trainWeights } from './model.js';
export type { DecisionModel, ScoredCandidate, TrainingExample } from './model.js';

/** Where the decision model of a language is stored. */
export function decisionModelPath(lang: string, dir: string): string {
  return join(dir, `${lang}-events.json`);
}

/** The decision models of a folder, each read when its language's first document arrives; none when `dir` is null. */
export class DecisionModels {
  private readonly loaded = new Map<string, DecisionModel | null>();

  constructor(private readonly dir: string | null) {}

  of(lang: string): DecisionModel | null {
    if (this.dir === null) return null;
    if (!this.loaded.has(lang)) this.loaded.set(lang, readDecisionModel(decisionModelPath(lang, this.dir)));
    return this.loaded.get(lang)!;
  }
}

/** A candidate event as the learned decision reads it. */
export interface Candidate {
  event: Event;
  view: CandidateView;
  /** Features before they are joined with a hypothesis's type. */
  base: string[];
}

/** The drafts that became the document's events, paired with them, with their features. */
export function candidatesOf(doc: Document, drafts: DraftEvent[]): Candidate[] {
  const coded = drafts.filter((d) => standing(d) && d.attachedTo === null);
  if (coded.length !== doc.events.length) throw new Error(`${doc.article.id}: ${coded.length} drafts for ${doc.events.length} events`);
  return coded.map((draft, i) => {
    const others = coded.filter((o) => o !== draft && o.sentence === draft.sentence).map((o) => o.type);
    const view = viewOfDraft(draft, others);
    return { event: doc.events[i], view, base: candidateFeatures(doc, view) };
  });
}

/** What the decision made of one candidate: the most probable type, and whether that is an event. */
export interface Decision {
  type: string;
  probability: number;
  accepted: boolean;
}

/** The types a candidate may become: its own, then those the model learned it is often instead. */
export function hypothesesOf(model: Pick<DecisionModel, 'alternatives'>, original: string): string[] {
  return [original, ...(model.alternatives.get(original) ?? [])];
}

/**
 * The model's weights of joined features (`TYPE|feature`, `own|feature`, `other|feature`) by base
 * feature, then by what it is joined with: one look-up per base feature scores every hypothesis,
 * without building the joined names.
 */
const byBaseFeature = new WeakMap<DecisionModel, Map<string, Map<string, number>>>();

function weightsByBase(model: DecisionModel): Map<string, Map<string, number>> {
  let index = byBaseFeature.get(model);
  if (index) return index;
  index = new Map();
  for (const [feature, weight] of model.weights) {
    const bar = feature.indexOf('|');
    if (bar < 0) continue;
    const base = feature.slice(bar + 1);
    const row = index.get(base) ?? new Map<string, number>();
    row.set(feature.slice(0, bar), weight);
    index.set(base, row);
  }
  byBaseFeature.set(model, index);
  return index;
}

/**
 * The most probable hypothesis: the sum of each hypothesis's features (hypothesisFeatures), read
 * through one look-up per base feature.
 */
export function decideCandidate(model: DecisionModel, base: string[], original: string): Decision {
  const hypotheses = hypothesesOf(model, original);
  const index = weightsByBase(model);
  const scores = hypotheses.map((type) => (model.weights.get(`${original}>${type}`) ?? 0));
  const add = (row: Map<string, number> | undefined) => {
    if (!row) return;
    hypotheses.forEach((type, k) => {
      scores[k] += (row.get(type) ?? 0) + (row.get(type === original ? 'own' : 'other') ?? 0);
    });
  };
  add(index.get('bias'));
  for (const f of base) add(index.get(f));
  let best = 0;
  for (let k = 1; k < hypotheses.length; k++) if (scores[k] > scores[best]) best = k;
  const probability = sigmoid(scores[best]);
  return { type: hypotheses[best], probability, accepted: probability >= model.threshold };
}

/**
 * The event retyped by the decision: the type's own CAMEO code, Goldstein score and QuadClass. A
 * side that a convention of the old type filled (a COERCE aimed at the actor's own country) is
 * left empty when the new type has no such convention.
 */
function retyped(candidate: Candidate, type: string): Event {
  const { event, view } = candidate;
  if (type === event.type) return event;
  const cameo = typeCameo(type);
  const entry = cameoEntry(cameo);
  const keeps = (applied: AppliedConvention, name: 'domestic-recipient' | 'domestic-actor') => !view.conventions.includes(applied) || convention(name, type, cameo) !== null;
  return {
    ...event,
    type,
    mode: entry.ploverMode,
    cameo,
    goldstein: entry.goldstein,
    quad_class: entry.quadClass,
    actors: keeps('actor:domestic', 'domestic-actor') ? event.actors : [],
    recipients: keeps('recipient:domestic', 'domestic-recipient') ? event.recipients : [],
    rules: [...event.rules, `decision:${event.type}->${type}`],
  };
}

/**
 * The events the decisions keep, retyped where the model chose another type. A retyped event that
 * meets another kept event of its new type in its sentence gives way to the more probable one (the
 * rule stages merged the triggers of one type they saw close together; retyping makes new pairs).
 */
export function keptEvents(candidates: Candidate[], decisions: Decision[]): { events: Event[]; duplicates: Set<number> } {
  const duplicates = new Set<number>();
  decisions.forEach((d, i) => {
    if (!d.accepted || d.type === candidates[i].view.type) return;
    const rival = decisions.findIndex((o, j) => j !== i && o.accepted && !duplicates.has(j) && o.type === d.type && candidates[j].view.sentence === candidates[i].view.sentence);
    if (rival < 0) return;
    duplicates.add(decisions[rival].probability >= d.probability ? i : rival);
  });
  const events = candidates.flatMap((c, i) => {
    const d = decisions[i];
    return d.accepted && !duplicates.has(i) ? [{ ...retyped(c, d.type), confidence: Math.round(d.probability * 100) / 100 }] : [];
  });
  return { events, duplicates };
}

/**
 * The learned decision over the events the rule stages coded: keeps the ones the model accepts
 * (retyped where it chose another type) and records, for each candidate, its probability and
 * strongest features for `paraat explain`.
 */
export function decideEvents(doc: Document, drafts: DraftEvent[], model: DecisionModel, decisions?: TriggerDecision[]): Event[] {
  const candidates = candidatesOf(doc, drafts);
  const verdicts = candidates.map((c) => decideCandidate(model, c.base, c.view.type));
  const { events, duplicates } = keptEvents(candidates, verdicts);
  // Only explain asks why: the strongest features are listed for it alone.
  candidates.forEach((c, i) => {
    if (!decisions) return;
    const v = verdicts[i];
    const strongest = strongestFeatures(model, hypothesisFeatures(c.base, c.view.type, v.type));
    const features = strongest.map((s) => `${s.feature} ${s.weight > 0 ? '+' : ''}${s.weight.toFixed(2)}`).join(', ');
    const as = v.type === c.view.type ? '' : ` as ${v.type}`;
    const reason = `decision model p=${v.probability.toFixed(2)}${as} (threshold ${model.threshold})${duplicates.has(i) ? ', a more probable event of the type stands in the sentence' : ''}; ${features}`;
    decisions.push({
      sentence: c.view.sentence,
      trigger: c.event.evidence.trigger.text,
      entry: c.view.entryId,
      type: v.type,
      outcome: v.accepted && !duplicates.has(i) ? 'event' : 'dropped',
      reason,
      stage: 'decision',
      steps: [],
    });
  });
  doc.events = events;
  return events;
}
