import type { Sql } from '../store/index.js';

/**
 * The day an event happened, for daily aggregates: its own date when it names a day, else the
 * article's date when that names a day inside the event's (partial) date. Events dated only to a
 * month or year, or not at all, are left out of the daily series.
 */
export const EVENT_DAY = `CASE
  WHEN length(e.date) = 10 THEN e.date
  WHEN length(a.date) = 10 AND (e.date IS NULL OR substr(a.date, 1, length(e.date)) = e.date) THEN a.date
END`;

/** Only events that happened count: negated, conditional, hypothetical and future ones did not. */
const HAPPENED = `e.modality IN ('asserted', 'reported')`;

export type Scope = { kind: 'all' } | { kind: 'articles'; ids: string[] };

/**
 * Adds one row per (event, actor country, recipient country) for the events in scope. The actor
 * rows are looked up by event: by role alone (the planner's guess on a fresh database) a join
 * would scan every recipient for every actor. For the articles of one save they are looked up
 * per event whatever the statistics say: a database filled faster than it is analysed had the
 * planner hash every actor row of the table for each save (64 ms a save after 300 articles).
 * Returns how many rows it added.
 */
export async function insertEventDyads(sql: Sql, scope: Scope): Promise<number> {
  const d = sql.dialect;
  const byEvent = (alias: string, role: string) =>
    scope.kind === 'all'
      ? `JOIN event_actors ${alias} ${d.indexedBy('event_actors_event')} ON ${alias}.event_id = e.id AND ${alias}.role = '${role}'`
      : d.lookupJoin('event_actors', alias, 'event_actors_event', `${alias}.event_id = e.id AND ${alias}.role = '${role}'`);
  const scoped = scope.kind === 'all' ? '' : `AND ${d.inList('a.id')}`;
  return sql.run(
    `INSERT INTO event_dyads (event_id, source, target, day, article_id, type, quad_class, goldstein)
    SELECT e.id, ac.code, rc.code, ${EVENT_DAY}, e.article_id, e.type, e.quad_class, e.goldstein
    FROM articles a
    JOIN events e ON e.article_id = a.id
    ${byEvent('ac', 'actor')}
    ${byEvent('rc', 'recipient')}
    WHERE ac.code <> rc.code AND ${HAPPENED} AND e.goldstein IS NOT NULL AND ${EVENT_DAY} IS NOT NULL ${scoped}
    ON CONFLICT DO NOTHING`,
    scope.kind === 'all' ? [] : [d.listParam(scope.ids)],
  );
}

const KEY = 'directed, source, target, day';

const countOf = (quad: number) => `sum(CASE WHEN quad_class = ${quad} THEN 1 ELSE 0 END)`;

/**
 * (Re)computes dyad_day rows from event_dyads. With `affectedOnly`, only the unordered pairs and
 * days listed in temp table `affected_dyad_days` (a < b) are recomputed, in both directions.
 * Intermediate results go to keyed temp tables so that joining them stays a lookup per row.
 */
export async function aggregateDyadDays(sql: Sql, affectedOnly: boolean): Promise<void> {
  const d = sql.dialect;
  const scope = affectedOnly
    ? `WHERE (source, target, day) IN (SELECT a, b, day FROM affected_dyad_days UNION ALL SELECT b, a, day FROM affected_dyad_days)`
    : '';
  const key = `directed INTEGER, source TEXT ${d.bytewise}, target TEXT ${d.bytewise}, day TEXT ${d.bytewise}`;
  await sql.exec(`
    DROP TABLE IF EXISTS scoped_dyads;
    DROP TABLE IF EXISTS day_articles;
    DROP TABLE IF EXISTS day_types;
    CREATE TEMP TABLE scoped_dyads AS
      SELECT 1 AS directed, source, target, day, article_id, event_id, type, quad_class, goldstein
        FROM event_dyads ${scope}
      UNION
      SELECT 0, ${d.least('source', 'target')}, ${d.greatest('source', 'target')}, day, article_id, event_id, type, quad_class, goldstein
        FROM event_dyads ${scope};
    ${d.analyze('scoped_dyads')}

    CREATE TEMP TABLE day_articles (${key}, articles INTEGER, score DOUBLE PRECISION, conflict DOUBLE PRECISION, PRIMARY KEY (${KEY})) ${d.keyedTable};
    INSERT INTO day_articles
      SELECT ${KEY}, count(*), avg(score), avg(conflict)
        FROM (SELECT ${KEY}, article_id, avg(goldstein) AS score, avg(${d.greatest('0', '-goldstein')}) AS conflict
                FROM scoped_dyads GROUP BY ${KEY}, article_id) AS per_article
       GROUP BY ${KEY};
    ${d.analyze('day_articles')}

    CREATE TEMP TABLE day_types (${key}, types TEXT, PRIMARY KEY (${KEY})) ${d.keyedTable};
    INSERT INTO day_types
      SELECT ${KEY}, ${d.jsonObject('type', 'n')}
        FROM (SELECT ${KEY}, type, count(*) AS n FROM scoped_dyads GROUP BY ${KEY}, type) AS per_type
       GROUP BY ${KEY};
    ${d.analyze('day_types')}

    INSERT INTO dyad_day (directed, source, target, day, events, articles, q1, q2, q3, q4, types,
                          goldstein_sum, goldstein_mean, score, conflict)
    SELECT c.directed, c.source, c.target, c.day, c.events, d.articles, c.q1, c.q2, c.q3, c.q4, t.types,
           c.goldstein_sum, c.goldstein_mean, d.score, d.conflict
      FROM (SELECT ${KEY}, count(*) AS events, ${countOf(1)} AS q1, ${countOf(2)} AS q2, ${countOf(3)} AS q3, ${countOf(4)} AS q4,
                   sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
              FROM scoped_dyads GROUP BY ${KEY}) c
      JOIN day_articles d USING (directed, source, target, day)
      JOIN day_types t USING (directed, source, target, day)
     WHERE true
    ON CONFLICT (directed, source, target, day) DO UPDATE SET
      events = excluded.events, articles = excluded.articles, q1 = excluded.q1, q2 = excluded.q2, q3 = excluded.q3,
      q4 = excluded.q4, types = excluded.types, goldstein_sum = excluded.goldstein_sum,
      goldstein_mean = excluded.goldstein_mean, score = excluded.score, conflict = excluded.conflict;

    DROP TABLE scoped_dyads;
    DROP TABLE day_articles;
    DROP TABLE day_types;`);
}
