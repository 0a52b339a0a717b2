import type { EventRecord } from '../store/index.js';
import { FLAT_COLUMNS, flatRow } from './flat.js';

/** Quotes a CSV cell when needed (RFC 4180). */
export function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Flat CSV with a header line, one event a row. */
export function eventsCsv(events: EventRecord[]): string {
  const lines = [FLAT_COLUMNS.map((c) => c.name).join(',')];
  for (const e of events) lines.push(flatRow(e).map(csvCell).join(','));
  return lines.join('\n') + '\n';
}
