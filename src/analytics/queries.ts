import type { Sql } from '../store/index.js';
import { dayNumber, dayString, smoothedIndex, supportWeight } from './formula.js';

export interface SeriesPoint {
  /** The day, or the Monday starting the week. */
  date: string;
  events: number;
  articles: number;
  quad: [number, number, number, number];
  goldstein_sum: number;
  goldstein_mean: number;
  score: number;
  conflict_intensity: number;
  index: number;
}

interface DayRow {
  day: string;
  events: number;
  articles: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number;
  score: number;
  conflict: number;
}

/** Orders a pair the way undirected rows store it. */
export function unorderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

function mondayOf(day: string): string {
  const n = dayNumber(day);
  const weekday = (n + 3) % 7; // day 0 (1970-01-01) was a Thursday
  return dayString(n - weekday);
}

/** Merges days into weeks: counts add up, scores average weighted by articles. */
function byWeek(rows: DayRow[]): DayRow[] {
  const weeks = new Map<string, DayRow>();
  for (const r of rows) {
    const key = mondayOf(r.day);
    const w = weeks.get(key);
    if (!w) {
      weeks.set(key, { ...r, day: key });
      continue;
    }
    const articles = w.articles + r.articles;
    w.score = (w.score * w.articles + r.score * r.articles) / articles;
    w.conflict = (w.conflict * w.articles + r.conflict * r.articles) / articles;
    w.articles = articles;
    w.events += r.events;
    w.q1 += r.q1;
    w.q2 += r.q2;
    w.q3 += r.q3;
    w.q4 += r.q4;
    w.goldstein_sum += r.goldstein_sum;
  }
  return [...weeks.values()];
}

export async function dyadSeries(
  sql: Sql,
  a: string,
  b: string,
  options: { interval: 'day' | 'week'; directed: boolean; since?: string; until?: string },
): Promise<SeriesPoint[]> {
  const [source, target] = options.directed ? [a, b] : unorderedPair(a, b);
  const days = await sql.all<DayRow>(
    `SELECT day, events, articles, q1, q2, q3, q4, goldstein_sum, score, conflict FROM dyad_day
      WHERE directed = ? AND source = ? AND target = ? AND day <= ? ORDER BY day`,
    [options.directed ? 1 : 0, source, target, options.until ?? '9999'],
  );
  const rows = options.interval === 'week' ? byWeek(days) : days;
  // The index is smoothed over the whole history, then cut to the asked period.
  const index = smoothedIndex(rows.map((r) => ({ day: r.day, articles: r.articles, score: r.score })));
  return rows
    .map((r, i) => ({
      date: r.day,
      events: r.events,
      articles: r.articles,
      quad: [r.q1, r.q2, r.q3, r.q4] as [number, number, number, number],
      goldstein_sum: r.goldstein_sum,
      goldstein_mean: r.goldstein_sum / r.events,
      score: r.score,
      conflict_intensity: supportWeight(r.articles) * r.conflict,
      index: index[i],
    }))
    .filter((p) => !options.since || p.date >= options.since);
}

export interface TopDyad {
  a: string;
  b: string;
  events: number;
  articles: number;
  conflict_intensity: number;
  score: number;
  alerts: number;
  spark: { day: string; conflict_intensity: number; score: number }[];
}

/** The latest day any pair has data; periods default to the weeks before it. */
export async function latestDay(sql: Sql): Promise<string | null> {
  const row = await sql.get<{ day: string | null }>('SELECT max(day) AS day FROM dyad_day WHERE directed = 0');
  return row?.day ?? null;
}

/**
 * The pairs with the most conflict intensity since a day (default: 30 days before the latest data).
 * The period is read from the covering index: by its primary key SQLite would read every day of
 * every pair to save a sort. Long periods cost in proportion to their rows.
 */
export async function topDyads(sql: Sql, options: { since?: string; limit: number }): Promise<{ since: string | null; dyads: TopDyad[] }> {
  const latest = await latestDay(sql);
  if (!latest) return { since: options.since ?? null, dyads: [] };
  const since = options.since ?? dayString(dayNumber(latest) - 30);
  const intensity = `${sql.dialect.log2('1 + articles')} * conflict`;
  const rows = await sql.all<Omit<TopDyad, 'spark' | 'alerts'>>(
    `SELECT source AS a, target AS b, sum(events) AS events, sum(articles) AS articles,
            sum(${intensity}) AS conflict_intensity, sum(score * articles) / sum(articles) AS score
       FROM dyad_day ${sql.dialect.indexedBy('dyad_day_window')} WHERE directed = 0 AND day >= ?
      GROUP BY source, target ORDER BY conflict_intensity DESC, events DESC, source, target LIMIT ?`,
    [since, options.limit],
  );
  const dyads: TopDyad[] = [];
  for (const r of rows) {
    const alerts = await sql.get<{ n: number }>('SELECT count(*) AS n FROM alerts WHERE source = ? AND target = ? AND day >= ?', [r.a, r.b, since]);
    const spark = await sql.all<TopDyad['spark'][number]>(
      `SELECT day, ${intensity} AS conflict_intensity, score FROM dyad_day
        WHERE directed = 0 AND source = ? AND target = ? AND day >= ? ORDER BY day`,
      [r.a, r.b, since],
    );
    dyads.push({ ...r, alerts: Number(alerts!.n), spark });
  }
  return { since, dyads };
}

export interface AlertRow {
  id: number;
  a: string;
  b: string;
  day: string;
  intensity: number;
  baseline_median: number;
  baseline_mad: number;
  z: number;
  articles: number;
  events: number;
  event_ids: number[];
}

export async function listAlerts(
  sql: Sql,
  options: { actor?: string; since?: string; until?: string; pair?: [string, string]; limit: number },
): Promise<AlertRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.actor) {
    where.push('(source = ? OR target = ?)');
    params.push(options.actor, options.actor);
  }
  if (options.pair) {
    where.push('source = ? AND target = ?');
    params.push(...unorderedPair(...options.pair));
  }
  if (options.since) {
    where.push('day >= ?');
    params.push(options.since);
  }
  if (options.until) {
    where.push('day <= ?');
    params.push(options.until);
  }
  const rows = await sql.all<Omit<AlertRow, 'event_ids'> & { event_ids: string }>(
    `SELECT id, source AS a, target AS b, day, intensity, baseline_median, baseline_mad, z, articles, events,
            coalesce((SELECT ${sql.dialect.jsonArray('event_id')} FROM alert_events WHERE alert_id = alerts.id), '[]') AS event_ids
       FROM alerts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY day DESC, z DESC LIMIT ?`,
    [...params, options.limit],
  );
  return rows.map((r) => ({ ...r, event_ids: JSON.parse(r.event_ids) as number[] }));
}
