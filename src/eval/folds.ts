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
