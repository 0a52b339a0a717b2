import type { Event } from '../document/index.js';
import { andAll, eventConditions, normalized } from './filter.js';
import type { Sql } from './sql.js';
import type { EventFilter, EventRecord, EventSource, PageFilter } from './store.js';

type EventRow = EventSource & { record: string };

export const EVENT_COLUMNS = `e.id, e.article_id, e.record, e.sentence, a.lang, a.source, a.url, a.title, a.date AS article_date`;

function toRecord(row: EventRow): EventRecord {
  const { record, ...source } = row;
  return { ...(JSON.parse(record) as Event), ...source, id: Number(row.id) };
}

/** Events by date, oldest first, undated last. */
export async function queryEvents(sql: Sql, filter: EventFilter): Promise<EventRecord[]> {
  const c = eventConditions(normalized(filter), sql.dialect, false);
  const limit = filter.limit === null ? '' : 'LIMIT ?';
  if (filter.limit !== null) c.params.push(filter.limit ?? 10_000);
  const rows = await sql.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE 1 = 1 ${andAll(c)} ORDER BY e.date IS NULL, e.date, e.article_id, e.seq ${limit}`,
    c.params,
  );
  return rows.map(toRecord);
}

/** How many of the newest event ids a page is first looked for in. */
const RECENT_WINDOW = 20_000;

/**
 * The ids of one page. Most questions have answers among the newest events: walking those from the
 * newest down (ids within RECENT_WINDOW of the cursor) and testing each stops as soon as the page
 * is full, with no sort. When that stretch holds too few matches, a named actor's own events are
 * walked the same way; without one, the database starts from the filters' sets, which are then small.
 */
async function pageIds(sql: Sql, filter: PageFilter): Promise<number[]> {
  const join = sql.dialect.orderedJoin;
  const newest = await sql.get<{ id: number | null }>('SELECT max(id) AS id FROM events');
  const before = filter.cursor ?? Number(newest?.id ?? 0) + 1;
  const walk = eventConditions(filter, sql.dialect, true);
  const ids = async (query: string, params: unknown[]) => (await sql.all<{ id: number }>(query, params)).map((r) => Number(r.id));
  const recent = await ids(
    `SELECT e.id FROM events e ${join} articles a ON a.id = e.article_id
      WHERE e.id < ? AND e.id >= ? ${andAll(walk)} ORDER BY e.id DESC LIMIT ?`,
    [before, before - RECENT_WINDOW, ...walk.params, filter.limit + 1],
  );
  if (recent.length > filter.limit) return recent;
  if (filter.actor || filter.recipient) {
    // Walk the events of the named actor instead, newest first, in the order its index keeps them.
    const [role, code] = await rarerActor(sql, filter);
    return ids(
      `SELECT DISTINCT x.event_id AS id FROM event_actors x ${join} events e ON e.id = x.event_id ${join} articles a ON a.id = e.article_id
        WHERE x.role = ? AND x.code = ? AND x.event_id < ? ${andAll(walk)}
        ORDER BY x.event_id DESC LIMIT ?`,
      [role, code, before, ...walk.params, filter.limit + 1],
    );
  }
  const sets = eventConditions(filter, sql.dialect, false);
  return ids(
    `SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.id < ? ${andAll(sets)} ORDER BY e.id DESC LIMIT ?`,
    [before, ...sets.params, filter.limit + 1],
  );
}

/** Of actor and recipient, the one with fewer events (counted up to a bound: only the smaller matters). */
async function rarerActor(sql: Sql, filter: PageFilter): Promise<['actor' | 'recipient', string]> {
  if (!filter.actor) return ['recipient', filter.recipient!];
  if (!filter.recipient) return ['actor', filter.actor];
  const count = async (role: string, code: string) =>
    Number((await sql.get<{ n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM event_actors WHERE role = ? AND code = ? LIMIT 20000) AS bounded', [role, code]))!.n);
  return (await count('recipient', filter.recipient)) < (await count('actor', filter.actor)) ? ['recipient', filter.recipient] : ['actor', filter.actor];
}

export async function pageEvents(sql: Sql, filter: PageFilter): Promise<{ events: EventRecord[]; next_cursor: number | null }> {
  const query = normalized(filter);
  const ids = await pageIds(sql, query);
  // Rows are fetched only for the page, so the searches above move ids, not whole records.
  const page = ids.slice(0, query.limit);
  const rows = await sql.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE ${sql.dialect.inList('e.id')} ORDER BY e.id DESC`,
    [sql.dialect.listParam(page)],
  );
  return { events: rows.map(toRecord), next_cursor: ids.length > query.limit ? page[page.length - 1] : null };
}

export async function getEvent(sql: Sql, id: number): Promise<EventRecord | null> {
  const row = await sql.get<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`, [id]);
  return row ? toRecord(row) : null;
}

export async function articleEvents(sql: Sql, articleId: string): Promise<EventRecord[]> {
  const rows = await sql.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.seq`,
    [articleId],
  );
  return rows.map(toRecord);
}
