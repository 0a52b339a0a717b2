import type { Sql } from '../store/index.js';
import { conflictIntensity, dayNumber, dayString } from './formula.js';

/**
 * An alert: a pair's conflict intensity on a day far above its own recent past.
 *   z = (I_t − median(B)) / (1.4826 · MAD(B) + minSpread)
 * where B holds the intensity of each of the previous baselineDays days (0 on days without events).
 * minSpread keeps a quiet pair (all zeros) from alerting on any small flare-up: with it, a pair
 * with no baseline alerts from an intensity of 7 (three articles of threats reach 8.8). minArticles
 * asks for three distinct articles, so that one or two reports are not an alert.
 */
export const ALERT_RULES = { baselineDays: 28, threshold: 3.5, minArticles: 3, minSpread: 2 };

export type AlertRules = typeof ALERT_RULES;

interface IntensityDay {
  day: string;
  articles: number;
  events: number;
  conflict: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface AlertScore {
  day: string;
  intensity: number;
  baselineMedian: number;
  baselineMad: number;
  z: number;
  articles: number;
  events: number;
}

/** Scores each day of one pair (days in date order) against its baseline; returns those that alert. */
export function scoreAlerts(days: IntensityDay[], rules: AlertRules = ALERT_RULES): AlertScore[] {
  const intensityByDay = new Map(days.map((d) => [dayNumber(d.day), conflictIntensity(d.articles, d.conflict)]));
  const alerts: AlertScore[] = [];
  for (const d of days) {
    const n = dayNumber(d.day);
    const intensity = intensityByDay.get(n)!;
    if (d.articles < rules.minArticles || intensity === 0) continue;
    const baseline: number[] = [];
    for (let k = 1; k <= rules.baselineDays; k++) baseline.push(intensityByDay.get(n - k) ?? 0);
    const m = median(baseline);
    const mad = median(baseline.map((v) => Math.abs(v - m)));
    const z = (intensity - m) / (1.4826 * mad + rules.minSpread);
    if (z >= rules.threshold) {
      alerts.push({ day: d.day, intensity, baselineMedian: m, baselineMad: mad, z, articles: d.articles, events: d.events });
    }
  }
  return alerts;
}

/**
 * Recomputes the alerts of one unordered pair for days from `fromDay` on (a day's baseline reaches
 * baselineDays back, so a change on one day can alter the alerts of the following weeks).
 */
export async function refreshPairAlerts(sql: Sql, a: string, b: string, fromDay: string, rules: AlertRules = ALERT_RULES): Promise<void> {
  const windowStart = dayString(dayNumber(fromDay) - rules.baselineDays);
  const days = await sql.all<IntensityDay>(
    `SELECT day, articles, events, conflict FROM dyad_day WHERE directed = 0 AND source = ? AND target = ? AND day >= ? ORDER BY day`,
    [a, b, windowStart],
  );
  await sql.run('DELETE FROM alerts WHERE source = ? AND target = ? AND day >= ?', [a, b, fromDay]);
  for (const alert of scoreAlerts(days, rules)) {
    if (alert.day < fromDay) continue;
    const inserted = await sql.get<{ id: number }>(
      `INSERT INTO alerts (source, target, day, intensity, baseline_median, baseline_mad, z, articles, events)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [a, b, alert.day, alert.intensity, alert.baselineMedian, alert.baselineMad, alert.z, alert.articles, alert.events],
    );
    // The events that caused the alert: the pair's conflictual events of that day, either direction.
    await sql.run(
      `INSERT INTO alert_events (alert_id, event_id)
       SELECT CAST(? AS BIGINT), event_id FROM event_dyads
        WHERE ((source = ? AND target = ?) OR (source = ? AND target = ?)) AND day = ? AND goldstein < 0
       ON CONFLICT DO NOTHING`,
      [inserted!.id, a, b, b, a, alert.day],
    );
  }
}
