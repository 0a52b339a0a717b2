// Partial dates ("2022", "2022-01", "2022-01-24") as the intervals of days they cover. ISO strings
// compare correctly as plain strings, so no Date objects are needed.

export interface DayRange {
  first: string;
  last: string;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

export function dayRange(date: string): DayRange {
  if (!isPartialDate(date)) throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  if (date.length === 10) return { first: date, last: date };
  if (date.length === 7) return { first: `${date}-01`, last: `${date}-31` };
  return { first: `${date}-01-01`, last: `${date}-12-31` };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether [start, end) — end exclusive, either open when null — overlaps the range. */
export function overlaps(start: string | null, end: string | null, range: DayRange): boolean {
  if (start !== null && dayRange(start).first > range.last) return false;
  if (end !== null && dayRange(end).first <= range.first) return false;
  return true;
}
