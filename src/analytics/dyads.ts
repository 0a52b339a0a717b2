import type Database from 'better-sqlite3';

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
 * would scan every recipient for every actor.
 */
export function insertEventDyads(db: Database.Database, scope: Scope): void {
  const scoped = scope.kind === 'all' ? '' : 'AND e.article_id IN (SELECT value FROM json_each(?))';
  const sql = `INSERT OR IGNORE INTO event_dyads (event_id, source, target, day, article_id, type, quad_class, goldstein)
    SELECT e.id, ac.code, rc.code, ${EVENT_DAY}, e.article_id, e.type, e.quad_class, e.goldstein
    FROM events e
    JOIN articles a ON a.id = e.article_id
    JOIN event_actors ac INDEXED BY event_actors_event ON ac.event_id = e.id AND ac.role = 'actor'
    JOIN event_actors rc INDEXED BY event_actors_event ON rc.event_id = e.id AND rc.role = 'recipient'
    WHERE ac.code <> rc.code AND ${HAPPENED} AND e.goldstein IS NOT NULL AND ${EVENT_DAY} IS NOT NULL ${scoped}`;
  const statement = db.prepare(sql);
  if (scope.kind === 'all') statement.run();
  else statement.run(JSON.stringify(scope.ids));
}

const KEY = 'directed, source, target, day';

/**
 * (Re)computes dyad_day rows from event_dyads. With `affectedOnly`, only the unordered pairs and
 * days listed in temp table `affected_dyad_days` (a < b) are recomputed, in both directions.
 * Intermediate results go to keyed temp tables so that joining them stays a lookup per row.
 */
export function aggregateDyadDays(db: Database.Database, affectedOnly: boolean): void {
  const scope = affectedOnly
    ? `WHERE (source, target, day) IN (SELECT a, b, day FROM temp.affected_dyad_days UNION ALL SELECT b, a, day FROM temp.affected_dyad_days)`
    : '';
  db.exec(`
    DROP TABLE IF EXISTS temp.scoped_dyads;
    DROP TABLE IF EXISTS temp.day_articles;
    DROP TABLE IF EXISTS temp.day_types;
    CREATE TEMP TABLE scoped_dyads AS
      SELECT 1 AS directed, source, target, day, article_id, event_id, type, quad_class, goldstein
        FROM event_dyads ${scope}
      UNION
      SELECT 0, min(source, target), max(source, target), day, article_id, event_id, type, quad_class, goldstein
        FROM event_dyads ${scope};

    CREATE TEMP TABLE day_articles (directed, source, target, day, articles, score, conflict, PRIMARY KEY (${KEY})) WITHOUT ROWID;
    INSERT INTO day_articles
      SELECT ${KEY}, count(*), avg(score), avg(conflict)
        FROM (SELECT ${KEY}, article_id, avg(goldstein) AS score, avg(max(0, -goldstein)) AS conflict
                FROM scoped_dyads GROUP BY ${KEY}, article_id)
       GROUP BY ${KEY};

    CREATE TEMP TABLE day_types (directed, source, target, day, types, PRIMARY KEY (${KEY})) WITHOUT ROWID;
    INSERT INTO day_types
      SELECT ${KEY}, json_group_object(type, n)
        FROM (SELECT ${KEY}, type, count(*) AS n FROM scoped_dyads GROUP BY ${KEY}, type)
       GROUP BY ${KEY};

    INSERT OR REPLACE INTO dyad_day (directed, source, target, day, events, articles, q1, q2, q3, q4, types,
                                     goldstein_sum, goldstein_mean, score, conflict)
    SELECT c.directed, c.source, c.target, c.day, c.events, d.articles, c.q1, c.q2, c.q3, c.q4, t.types,
           c.goldstein_sum, c.goldstein_mean, d.score, d.conflict
      FROM (SELECT ${KEY}, count(*) AS events,
                   sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2, sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4,
                   sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
              FROM scoped_dyads GROUP BY ${KEY}) c
      JOIN day_articles d USING (directed, source, target, day)
      JOIN day_types t USING (directed, source, target, day);

    DROP TABLE temp.scoped_dyads;
    DROP TABLE temp.day_articles;
    DROP TABLE temp.day_types;`);
}
