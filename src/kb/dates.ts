// Partial dates ("2022", "2022-01", "2022-01-24") as the intervals of days they cover. ISO strings
// compare correctly as plain strings, so no Date objects are needed.

export interface DayRange {
  first: string;
  last: string;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real month and day ("2022-02-30" is not one). */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Every person looked up in an article asks for the same range: check and build each date once.
const ranges = new Map<string, DayRange>();
const MAX_CACHED_RANGES = 10_000;

export function dayRange(date: string): DayRange {
  const cached = ranges.get(date);
  if (cached) return cached;
  if (!isPartialDate(date)) throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  const range = { first: firstDay(date), last: date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31` };
  if (ranges.size >= MAX_CACHED_RANGES) ranges.clear();
  ranges.set(date, range);
  return range;
}

/** The first day of a date already known to be valid (role dates are checked when read). */
function firstDay(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether [start, end) — end exclusive, either open when null — overlaps the range. */
export function overlaps(start: string | null, end: string | null, range: DayRange): boolean {
  if (start !== null && firstDay(start) > range.last) return false;
  if (end !== null && firstDay(end) <= range.first) return false;
  return true;
}
