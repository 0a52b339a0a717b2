import type { PartialDate } from '../document/index.js';

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO timestamp into a partial date with the
 * precision the input had. Throws with a readable reason for impossible dates ("2022-02-30").
 */
export function parsePartialDate(input: string): PartialDate {
  const raw = input.trim();
  const stamp = ISO_TIMESTAMP.exec(raw);
  const m = PARTIAL_DATE.exec(stamp ? stamp[1] : raw);
  if (!m) throw new Error(`date "${input}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) throw new Error(`date "${input}": year ${year} is out of range`);
  if (m[2] === undefined) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`date "${input}": there is no month ${month}`);
  const mm = String(month).padStart(2, '0');
  if (m[3] === undefined) return `${m[1]}-${mm}`;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) throw new Error(`date "${input}": ${m[1]}-${mm} has no day ${day}`);
  return `${m[1]}-${mm}-${String(day).padStart(2, '0')}`;
}

export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * An article's date: a partial date whose first day is not after tomorrow (a day of slack for
 * time zones). A news article from decades ahead is a typing error, refused like an impossible date.
 */
export function articleDate(input: string, today: Date = new Date()): PartialDate {
  const date = parsePartialDate(input);
  const tomorrow = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
  const firstDay = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  if (firstDay > tomorrow) throw new Error(`date "${input}" lies in the future (today is ${today.toISOString().slice(0, 10)})`);
  return date;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** A date as written: the day of an ISO timestamp as the publisher wrote it, else what Date reads. */
export function parsePublishedDate(value: string | null | undefined): PartialDate | null {
  if (!value?.trim()) return null;
  const raw = value.trim();
  try {
    const iso = ISO_DAY.exec(raw);
    if (iso) return parsePartialDate(iso[1]);
    if (/^\d{4}(-\d{2})?$/.test(raw)) return parsePartialDate(raw);
    const time = Date.parse(raw);
    return Number.isNaN(time) ? null : parsePartialDate(new Date(time).toISOString().slice(0, 10));
  } catch {
    return null;
  }
}
