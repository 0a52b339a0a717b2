import { createHash } from 'node:crypto';
import type { Document, Event } from '../document/index.js';
import type { GoldDocument } from './score.js';

/**
 * Labels each coded event of a document as the reference scorer would match it at type level:
 * gold events, required ones first, each take the first unclaimed event of their type whose
 * trigger lies in their sentence. 1: it matched a required event; 'optional': an optional one
 * (free either way); 0: nothing; null: its type was not annotated in this document (unknown).
 */
export type CandidateLabel = 1 | 0 | 'optional' | null;

export function labelEvents(gold: GoldDocument, events: Event[]): CandidateLabel[] {
  const labels: CandidateLabel[] = events.map(() => 0);
  const claimed = new Set<number>();
  const allowed = new Set(gold.annotated_types?.length ? gold.annotated_types : ['*']);
  const golds = [...(gold.events ?? [])].sort((a, b) => Number(Boolean(a.optional)) - Number(Boolean(b.optional)));
  for (const g of golds) {
    const start = gold.text.indexOf(g.sentence);
    if (start < 0) throw new Error(`gold sentence not found in ${gold.id}: ${g.sentence.slice(0, 60)}`);
    const end = start + g.sentence.length;
    const hit = events.findIndex((e, i) => !claimed.has(i) && e.type === g.type && e.evidence.trigger.start >= start && e.evidence.trigger.start < end);
    if (hit < 0) continue;
    claimed.add(hit);
    labels[hit] = g.optional ? 'optional' : 1;
  }
  // A type the document was not annotated for is neither right nor wrong.
  events.forEach((e, i) => {
    if (!allowed.has('*') && !allowed.has(e.type)) labels[i] = null;
  });
  return labels;
}

/**
 * Labels of the hypotheses that a candidate is an event of another type than its own. It is, when
 * its sentence holds a gold event of that type that no candidate of the type already matches and
 * whose trigger holds the candidate's anchor word. Gold that names no triggers cannot tell (null).
 */
export function labelRetypes(gold: GoldDocument, events: Event[], anchorWords: string[], types: readonly string[]): Map<string, CandidateLabel>[] {
  const own = labelEvents(gold, events);
  const allowed = new Set(gold.annotated_types?.length ? gold.annotated_types : ['*']);
  const golds = (gold.events ?? []).map((g) => {
    const start = gold.text.indexOf(g.sentence);
    return { g, start, end: start + g.sentence.length, words: g.trigger ? new Set(g.trigger.toLowerCase().split(/[\s,.;:!?"“”„()]+/u)) : null };
  });
  const matched = (type: string, start: number, end: number) => events.some((e, i) => e.type === type && own[i] !== 0 && e.evidence.trigger.start >= start && e.evidence.trigger.start < end);
  return events.map((e, i) => {
    const labels = new Map<string, CandidateLabel>([[e.type, own[i]]]);
    const at = e.evidence.trigger.start;
    for (const type of types) {
      if (type === e.type) continue;
      if ((!allowed.has('*') && !allowed.has(type)) || !golds.some((g) => g.words !== null)) {
        labels.set(type, null);
        continue;
      }
      const hit = golds.find(({ g, start, end, words }) => g.type === type && at >= start && at < end && words?.has(anchorWords[i]) && !matched(type, start, end));
      labels.set(type, hit ? (hit.g.optional ? 'optional' : 1) : 0);
    }
    return labels;
  });
}

/** Required gold events of the types a document was annotated for. */
export function requiredGold(gold: GoldDocument): number {
  return (gold.events ?? []).filter((g) => !g.optional).length;
}

/**
 * Fold of a group of documents, 0..folds-1: groups sorted by a hash of their key and dealt
 * round-robin, so the folds are balanced, fixed for a given set, and do not follow the order of
 * the file. Documents with the same text in two gold files share a key, hence a fold.
 */
export function assignFolds(ids: string[], folds: number): Map<string, number> {
  const hashed = [...new Set(ids)].map((id) => ({ id, h: createHash('sha256').update(id).digest('hex') })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  return new Map(hashed.map(({ id }, i) => [id, i % folds]));
}

/** A coded gold document: what the pipeline made of it before the learned decision. */
export interface CodedGold {
  gold: GoldDocument;
  doc: Document;
}
