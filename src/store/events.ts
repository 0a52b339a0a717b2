import type { Event } from '../document/index.js';
import type { Conditions, SearchFilter } from './filter.js';
import { andAll, eventConditions, normalized, withTextQuery } from './filter.js';
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
  const c = eventConditions(await withTextQuery(sql, normalized(filter)), sql.dialect, false);
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

/** The join of the article, when the conditions read it. */
function articleJoin(c: Conditions, join: string): string {
  return c.articles ? `${join} articles a ON a.id = e.article_id` : '';
}

/**
 * The ids of one page. Most questions have answers among the newest events: walking those from the
 * newest down (ids within RECENT_WINDOW of the cursor) and testing each stops as soon as the page
 * is full, with no sort. When that stretch holds too few matches, a named actor's own events are
 * walked the same way; without one, the database starts from the filters' sets, which are then small.
 */
async function pageIds(sql: Sql, filter: PageFilter & SearchFilter): Promise<number[]> {
  const join = sql.dialect.orderedJoin;
  const newest = await sql.get<{ id: number | null }>('SELECT max(id) AS id FROM events');
  const before = filter.cursor ?? Number(newest?.id ?? 0) + 1;
  const walk = eventConditions(filter, sql.dialect, true);
  const ids = async (query: string, params: unknown[]) => (await sql.all<{ id: number }>(query, params)).map((r) => Number(r.id));
  const recent = await ids(
    `SELECT e.id FROM events e ${articleJoin(walk, join)}
      WHERE e.id < ? AND e.id >= ? ${andAll(walk)} ORDER BY e.id DESC LIMIT ?`,
    [before, before - RECENT_WINDOW, ...walk.params, filter.limit + 1],
  );
  if (recent.length > filter.limit) return recent;
  if (filter.actor || filter.recipient) {
    // A type and QuadClass that no event has (ASSAULT is never cooperation) are told by their index
    // at once; walking an actor's events would test each of them to find nothing.
    const kind = eventConditions({ type: filter.type, quad: filter.quad }, sql.dialect, false);
    if (kind.where.length && !(await sql.get(`SELECT 1 AS found FROM events e WHERE ${kind.where.join(' AND ')} LIMIT 1`, kind.params))) return [];
    return actorWalk(sql, filter, await rolesByRarity(sql, filter), before);
  }
  const sets = eventConditions(filter, sql.dialect, false);
  return ids(
    `SELECT e.id FROM events e ${articleJoin(sets, 'JOIN')}
      WHERE e.id < ? ${andAll(sets)} ORDER BY e.id DESC LIMIT ?`,
    [before, ...sets.params, filter.limit + 1],
  );
}

/** Counting stops here: only which of two sets is smaller matters, and a set this large is not. */
const COUNT_BOUND = 20_000;

/**
 * Walks the events of the rarer named actor, newest first, in the order its index keeps them. The
 * other role is looked up in the same index before an event's own row is read, so an actor and a
 * recipient that often meet are intersected in the index alone and only their shared events are
 * tested on date, type and the rest. DISTINCT: an event may name one code twice in a role.
 */
async function actorWalk(sql: Sql, filter: PageFilter & SearchFilter, roles: [RoleCode, RoleCode?], before: number): Promise<number[]> {
  const join = sql.dialect.orderedJoin;
  const [[role, code], other] = roles;
  const rest = eventConditions({ ...filter, actor: undefined, recipient: undefined }, sql.dialect, true);
  const also = other ? `${join} event_actors y ON y.event_id = x.event_id AND y.role = ? AND y.code = ?` : '';
  const event = rest.where.length ? `${join} events e ON e.id = x.event_id ${articleJoin(rest, join)}` : '';
  const rows = await sql.all<{ id: number }>(
    `SELECT DISTINCT x.event_id AS id FROM event_actors x ${also} ${event}
      WHERE x.role = ? AND x.code = ? AND x.event_id < ? ${andAll(rest)}
      ORDER BY x.event_id DESC LIMIT ?`,
    [...(other ?? []), role, code, before, ...rest.params, filter.limit + 1],
  );
  return rows.map((r) => Number(r.id));
}

type RoleCode = ['actor' | 'recipient', string];

/** The named roles, the one with fewer events first. */
async function rolesByRarity(sql: Sql, filter: PageFilter): Promise<[RoleCode, RoleCode?]> {
  const named = ([['actor', filter.actor], ['recipient', filter.recipient]] as const).filter((r): r is RoleCode => r[1] !== undefined);
  const events = async ([role, code]: RoleCode) =>
    Number((await sql.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM event_actors WHERE role = ? AND code = ? LIMIT ${COUNT_BOUND}) AS bounded`, [role, code]))!.n);
  if (named.length === 1) return [named[0]];
  const [actor, recipient] = named;
  return (await events(recipient)) < (await events(actor)) ? [recipient, actor] : [actor, recipient];
}

export async function pageEvents(sql: Sql, filter: PageFilter): Promise<{ events: EventRecord[]; next_cursor: number | null }> {
  const query = await withTextQuery(sql, normalized(filter));
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
