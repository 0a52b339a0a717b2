import { describe, expect, it } from 'vitest';
import { analyticsMissing, rebuildAnalytics, scoreAlerts, smoothedIndex, dyadSeries, listAlerts, topDyads } from '../../src/analytics/index.js';
import { openStore } from '../../src/store/index.js';
import { buildFixtureDb } from '../server/fixture.js';

describe('index formula', () => {
  it('smooths with a seven-day half-life and weighs days by article support', () => {
    const index = smoothedIndex([
      { day: '2024-01-01', articles: 1, score: 4 },
      { day: '2024-01-08', articles: 1, score: -4 },
    ]);
    expect(index[0]).toBe(4);
    // After one half-life the old day weighs half as much as the new one: (0.5·4 − 4) / 1.5.
    expect(index[1]).toBeCloseTo(-4 / 3, 10);
    const supported = smoothedIndex([
      { day: '2024-01-01', articles: 1, score: 4 },
      { day: '2024-01-01', articles: 3, score: -4 },
    ]);
    expect(supported[1]).toBeCloseTo((4 - 2 * 4) / 3, 10);
  });

  it('alerts on a spike against a quiet baseline only with enough articles', () => {
    const quiet = Array.from({ length: 28 }, (_, i) => ({ day: `2024-02-${String(i + 1).padStart(2, '0')}`, articles: 1, events: 1, conflict: 0.5 }));
    const spike = { day: '2024-02-29', articles: 4, events: 6, conflict: 10 };
    const alerts = scoreAlerts([...quiet, spike]);
    expect(alerts.map((a) => a.day)).toEqual(['2024-02-29']);
    expect(alerts[0].z).toBeGreaterThan(3.5);
    expect(scoreAlerts([...quiet, { ...spike, articles: 1 }])).toEqual([]);
  });
});

describe('analytics on ingested articles', () => {
  it('computes dyad days and the RUS–UKR alert incrementally, and rebuild gives the same tables', async () => {
    const path = await buildFixtureDb();
    const store = await openStore(path);
    const db = store.sql;
    try {
      const snapshot = async () => ({
        dyadDays: await db.all('SELECT * FROM dyad_day ORDER BY directed, source, target, day'),
        alerts: await db.all('SELECT source, target, day, z FROM alerts ORDER BY day, source'),
        alertEvents: await db.get('SELECT count(*) AS n FROM alert_events'),
      });
      const incremental = await snapshot();
      const alerts = await listAlerts(db, { limit: 10 });
      expect(alerts.map((a) => `${a.a}-${a.b}`)).toContain('RUS-UKR');
      const attack = alerts.find((a) => a.a === 'RUS' && a.b === 'UKR')!;
      expect(attack.articles).toBeGreaterThanOrEqual(2);
      expect(attack.event_ids.length).toBeGreaterThan(0);
      const caused = await db.all(`SELECT type FROM events WHERE ${db.dialect.inList('id')}`, [db.dialect.listParam(attack.event_ids)]);
      expect(caused.every((e) => (e as { type: string }).type === 'ASSAULT')).toBe(true);
      expect(alerts.some((a) => a.a === 'CHN')).toBe(false);

      const series = await dyadSeries(db, 'UKR', 'RUS', { interval: 'day', directed: false });
      const last = series[series.length - 1];
      expect(last.quad[3]).toBeGreaterThan(0);
      expect(last.index).toBeLessThan(series[0].index);
      // Four outlets on one day: four articles, but the day's score is their mean, not their sum.
      expect(last.score).toBeGreaterThanOrEqual(-10);
      const weeks = await dyadSeries(db, 'RUS', 'UKR', { interval: 'week', directed: true });
      expect(weeks.reduce((n, w) => n + w.events, 0)).toBe(series.reduce((n, d) => n + d.events, 0));

      const top = await topDyads(db, { limit: 5 });
      expect(`${top.dyads[0].a}-${top.dyads[0].b}`).toBe('RUS-UKR');
      expect(top.dyads[0].spark.length).toBeGreaterThan(1);

      expect(await analyticsMissing(db)).toBe(false);
      await db.exec('DELETE FROM alert_events; DELETE FROM alerts; DELETE FROM dyad_day; DELETE FROM event_dyads;');
      expect(await analyticsMissing(db)).toBe(true);
      await rebuildAnalytics(db);
      expect(await snapshot()).toEqual(incremental);
    } finally {
      await store.close();
    }
  });
});
