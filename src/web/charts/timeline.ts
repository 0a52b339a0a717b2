import type { StackedBar } from './stacked-bars';

export interface DayCounts {
  day: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

const DAY_MS = 86_400_000;

type Bucket = 'day' | 'week' | 'month';

function bucketStart(day: string, bucket: Bucket): string {
  if (bucket === 'month') return day.slice(0, 7);
  if (bucket === 'day') return day;
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function nextBucket(start: string, bucket: Bucket): string {
  if (bucket === 'month') {
    const [y, m] = start.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const step = bucket === 'week' ? 7 : 1;
  return new Date(Date.parse(start + 'T00:00:00Z') + step * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Bars on a true time axis: days for up to four months, weeks for up to three years, months
 * beyond; periods without events get empty bars, so quiet stretches show as such.
 */
export function timelineBars(timeline: DayCounts[]): StackedBar[] {
  if (timeline.length === 0) return [];
  const first = timeline[0].day;
  const last = timeline[timeline.length - 1].day;
  const days = (Date.parse(last) - Date.parse(first)) / DAY_MS;
  const bucket: Bucket = days <= 120 ? 'day' : days <= 3 * 366 ? 'week' : 'month';
  const bars = new Map<string, number[]>();
  for (let b = bucketStart(first, bucket); b <= bucketStart(last, bucket); b = nextBucket(b, bucket)) bars.set(b, [0, 0, 0, 0]);
  for (const row of timeline) {
    const bar = bars.get(bucketStart(row.day, bucket))!;
    [row.q1, row.q2, row.q3, row.q4].forEach((v, i) => (bar[i] += v));
  }
  return [...bars].map(([label, values]) => ({ label, values }));
}
