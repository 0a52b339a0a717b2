import type { Sql, Store } from '../store/index.js';
import { refreshPairAlerts } from './alerts.js';
import { aggregateDyadDays, insertEventDyads } from './dyads.js';

/**
 * Brings the analytics up to date after articles were stored: adds their event dyads, recomputes
 * the daily aggregates of the pairs and days they touch, and those pairs' alerts. Runs inside the
 * caller's transaction when there is one, so articles and analytics commit together.
 */
export async function updateAnalytics(sql: Sql, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await sql.transaction(async (tx) => {
    const d = tx.dialect;
    // Workers saving at once would each aggregate without the others' uncommitted events.
    if (d.writersLock) await tx.exec(d.writersLock);
    // Without a dyad of a known day the aggregates and alerts are as they were.
    if ((await insertEventDyads(tx, { kind: 'articles', ids: articleIds })) === 0) return;
    await tx.exec(`CREATE TEMP TABLE IF NOT EXISTS affected_dyad_days (a TEXT ${d.bytewise}, b TEXT ${d.bytewise}, day TEXT ${d.bytewise}, PRIMARY KEY (a, b, day)) ${d.keyedTable};
                   DELETE FROM affected_dyad_days;`);
    await tx.run(
      `INSERT INTO affected_dyad_days (a, b, day)
       SELECT DISTINCT ${d.least('source', 'target')}, ${d.greatest('source', 'target')}, day FROM event_dyads
        WHERE ${d.inList('article_id')}
       ON CONFLICT DO NOTHING`,
      [d.listParam(articleIds)],
    );
    await aggregateDyadDays(tx, true);
    const pairs = await tx.all<{ a: string; b: string; from_day: string }>('SELECT a, b, min(day) AS from_day FROM affected_dyad_days GROUP BY a, b');
    for (const p of pairs) await refreshPairAlerts(tx, p.a, p.b, p.from_day);
  });
}

/** Keeps a store's analytics current: each save updates them in the saving transaction. */
export function attachAnalytics(store: Store): Store {
  store.onSaved(updateAnalytics);
  return store;
}

/** Recomputes every analytics table from the stored events. */
export async function rebuildAnalytics(sql: Sql): Promise<{ dyadDays: number; alerts: number }> {
  return sql.transaction(async (tx) => {
    await tx.exec('DELETE FROM alert_events; DELETE FROM alerts; DELETE FROM dyad_day; DELETE FROM event_dyads;');
    await insertEventDyads(tx, { kind: 'all' });
    await aggregateDyadDays(tx, false);
    const pairs = await tx.all<{ a: string; b: string; from_day: string }>(
      'SELECT source AS a, target AS b, min(day) AS from_day FROM dyad_day WHERE directed = 0 GROUP BY source, target',
    );
    for (const p of pairs) await refreshPairAlerts(tx, p.a, p.b, p.from_day);
    const count = async (table: string) => Number((await tx.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);
    return { dyadDays: await count('dyad_day'), alerts: await count('alerts') };
  });
}

/** True for a database whose events predate the analytics tables (stored before they existed). */
export async function analyticsMissing(sql: Sql): Promise<boolean> {
  const row = await sql.get<{ missing: number | boolean }>(
    `SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM event_dyads) AND EXISTS (SELECT 1 FROM event_actors WHERE role = 'recipient') THEN 1 ELSE 0 END AS missing`,
  );
  return Number(row!.missing) === 1;
}
