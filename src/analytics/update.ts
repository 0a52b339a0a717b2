import type Database from 'better-sqlite3';
import { refreshPairAlerts } from './alerts.js';
import { aggregateDyadDays, insertEventDyads } from './dyads.js';

/**
 * Brings the analytics up to date after articles were stored: adds their event dyads, recomputes
 * the daily aggregates of the pairs and days they touch, and those pairs' alerts. Runs inside the
 * caller's transaction when there is one, so articles and analytics commit together.
 */
export function updateAnalytics(db: Database.Database, articleIds: string[]): void {
  if (articleIds.length === 0) return;
  db.transaction(() => {
    insertEventDyads(db, { kind: 'articles', ids: articleIds });
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS affected_dyad_days (a TEXT, b TEXT, day TEXT, PRIMARY KEY (a, b, day)) WITHOUT ROWID;
             DELETE FROM temp.affected_dyad_days;`);
    db.prepare(
      `INSERT OR IGNORE INTO temp.affected_dyad_days (a, b, day)
       SELECT min(source, target), max(source, target), day FROM event_dyads
        WHERE article_id IN (SELECT value FROM json_each(?))`,
    ).run(JSON.stringify(articleIds));
    aggregateDyadDays(db, true);
    const pairs = db
      .prepare('SELECT a, b, min(day) AS fromDay FROM temp.affected_dyad_days GROUP BY a, b')
      .all() as { a: string; b: string; fromDay: string }[];
    for (const p of pairs) refreshPairAlerts(db, p.a, p.b, p.fromDay);
  })();
}

/** Recomputes every analytics table from the stored events. */
export function rebuildAnalytics(db: Database.Database): { dyadDays: number; alerts: number } {
  return db.transaction(() => {
    db.exec('DELETE FROM alert_events; DELETE FROM alerts; DELETE FROM dyad_day; DELETE FROM event_dyads;');
    insertEventDyads(db, { kind: 'all' });
    aggregateDyadDays(db, false);
    const pairs = db
      .prepare('SELECT source AS a, target AS b, min(day) AS fromDay FROM dyad_day WHERE directed = 0 GROUP BY source, target')
      .all() as { a: string; b: string; fromDay: string }[];
    for (const p of pairs) refreshPairAlerts(db, p.a, p.b, p.fromDay);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { dyadDays: count('SELECT count(*) AS n FROM dyad_day'), alerts: count('SELECT count(*) AS n FROM alerts') };
  })();
}

/** True for a database whose events predate the analytics tables (stored before they existed). */
export function analyticsMissing(db: Database.Database): boolean {
  return db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM event_dyads) AND EXISTS (SELECT 1 FROM event_actors WHERE role = 'recipient')`).pluck().get() === 1;
}
