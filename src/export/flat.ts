import type { ActorRef } from '../document/index.js';
import type { EventRecord } from '../store/index.js';

/** One row per event: lists joined with ";" so that spreadsheets and Parquet readers need no nesting. */
export const FLAT_COLUMNS = [
  { name: 'event_id', sqlType: 'BIGINT' },
  { name: 'article_id', sqlType: 'VARCHAR' },
  { name: 'date', sqlType: 'VARCHAR' },
  { name: 'type', sqlType: 'VARCHAR' },
  { name: 'mode', sqlType: 'VARCHAR' },
  { name: 'cameo', sqlType: 'VARCHAR' },
  { name: 'goldstein', sqlType: 'DOUBLE' },
  { name: 'quad_class', sqlType: 'INTEGER' },
  { name: 'actors', sqlType: 'VARCHAR' },
  { name: 'recipients', sqlType: 'VARCHAR' },
  { name: 'modality', sqlType: 'VARCHAR' },
  { name: 'reported_by', sqlType: 'VARCHAR' },
  { name: 'quantities', sqlType: 'VARCHAR' },
  { name: 'place', sqlType: 'VARCHAR' },
  { name: 'confidence', sqlType: 'DOUBLE' },
  { name: 'trigger', sqlType: 'VARCHAR' },
  { name: 'sentence', sqlType: 'VARCHAR' },
  { name: 'source_url', sqlType: 'VARCHAR' },
  { name: 'language', sqlType: 'VARCHAR' },
] as const;

const codes = (list: ActorRef[]) => list.map((a) => (a.sector ? `${a.code}/${a.sector}` : a.code)).join(';');

export function flatRow(e: EventRecord): (string | number | null)[] {
  return [
    e.id, e.article_id, e.date, e.type, e.mode, e.cameo, e.goldstein, e.quad_class,
    codes(e.actors), codes(e.recipients), e.modality, codes(e.reported_by),
    e.quantities.map((q) => `${q.value} ${q.unit}`).join(';'), e.place, e.confidence,
    e.evidence.trigger.text, e.sentence, e.url ?? e.source, e.lang,
  ];
}
