import type { ActorRef, Event } from '../document/index.js';
import { renderTable } from './table.js';

export function actorCodes(actors: ActorRef[]): string {
  return actors.map((a) => (a.sector ? `${a.code}/${a.sector}` : a.code)).join(',') || '-';
}

export interface EventRow {
  event: Event;
  sentence: string;
  article: string;
}

/** A readable table of events with the evidence sentence of each. */
export function eventTable(rows: EventRow[]): string {
  const header = ['date', 'type', 'mode', 'actor', 'recipient', 'modality', 'quantities', 'evidence'];
  const body = rows.map(({ event: e, sentence }) => [
    e.date ?? '-',
    e.type,
    e.mode ?? '-',
    actorCodes(e.actors),
    actorCodes(e.recipients),
    e.modality + (e.reported_by.length ? ` (${actorCodes(e.reported_by)})` : ''),
    e.quantities.map((q) => `${q.value} ${q.unit}`).join(', ') || '-',
    `${sentence.replace(/\s+/g, ' ')}  [${e.evidence.trigger.text}]`,
  ]);
  return renderTable(header, body);
}
