import type { ActorRef, Document, Quote } from '../document/index.js';
import { articleEvents, getEvent, pageEvents, queryEvents } from './events.js';
import type { InsertTable, Sql } from './sql.js';
import type { ArticleInfo, EventFilter, PageFilter, SavedListener, Store, StoredMention, StoredQuote, StoreStats } from './store.js';

const text = (...names: string[]): [string, string][] => names.map((n) => [n, 'text']);
const integer = (...names: string[]): [string, string][] => names.map((n) => [n, 'integer']);

const ARTICLES: InsertTable = { name: 'articles', columns: text('id', 'external_id', 'source', 'url', 'title', 'text', 'date', 'lang', 'origin', 'ingested_at') };
const EVENTS: InsertTable = {
  name: 'events',
  columns: [
    ...text('article_id'), ...integer('seq'), ...text('type', 'mode', 'cameo'), ['goldstein', 'double precision'], ...integer('quad_class'),
    ...text('modality', 'date', 'place'), ['confidence', 'double precision'],
    ...integer('evidence_start', 'evidence_end', 'trigger_start', 'trigger_end'), ...text('trigger_text', 'sentence', 'record'),
  ],
};
const ACTORS: InsertTable = { name: 'event_actors', columns: [['event_id', 'bigint'], ...text('role', 'code', 'sector', 'kind', 'name', 'kb_id')] };
const QUOTES: InsertTable = { name: 'quotes', columns: [...text('article_id', 'text'), ...integer('start', '"end"'), ...text('speaker_code', 'speaker_text', 'record')] };
const MENTIONS: InsertTable = { name: 'mentions', columns: [...text('article_id'), ...integer('start', '"end"'), ...text('kind', 'code', 'sector', 'name', 'kb_id', 'rule')] };

/** Rows per INSERT: a server database is then asked once per table and batch, not once per row. */
const ROWS_PER_INSERT = 500;

/** Articles per INSERT: their texts may be long (up to the 1 MB limit each). */
const ARTICLES_PER_INSERT = 20;

/** The rows as INSERTs of at most `perInsert` rows each (the dialect's multi-row form), with their parameters. */
function inserts(sql: Sql, table: InsertTable, rows: unknown[][], returning = '', perInsert = ROWS_PER_INSERT): [string, unknown[]][] {
  const statements: [string, unknown[]][] = [];
  for (let at = 0; at < rows.length; at += perInsert) {
    const [statement, params] = sql.dialect.insertRows(table, rows.slice(at, at + perInsert));
    statements.push([`${statement} ${returning}`, params]);
  }
  return statements;
}

/**
 * The store, written once over any driver: the adapters (sqlite.ts, postgres.ts) only connect,
 * migrate and run SQL. Analytics and other followers subscribe with onSaved instead of being
 * called from here.
 */
export class SqlStore implements Store {
  private listeners: SavedListener[] = [];

  constructor(
    readonly sql: Sql,
    readonly location: string,
  ) {}

  onSaved(listener: SavedListener): void {
    this.listeners.push(listener);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS found FROM articles WHERE id = ?', [id])) !== undefined;
  }

  async saveDocuments(docs: Document[]): Promise<string[]> {
    const ingestedAt = new Date().toISOString();
    return this.sql.transaction(async (tx) => {
      const articleRows = docs.map(({ article: a, lang }) => {
        const origin = a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file;
        return [a.id, a.externalId, a.source, a.url, a.title, a.text, a.date, lang, origin, ingestedAt];
      });
      const inserted = new Set<string>();
      for (const [sql, params] of inserts(tx, ARTICLES, articleRows, 'ON CONFLICT (id) DO NOTHING RETURNING id', ARTICLES_PER_INSERT)) {
        for (const row of await tx.all<{ id: string }>(sql, params)) inserted.add(row.id);
      }
      // In the order given; of two documents with one id, the first is the one stored.
      const fresh = docs.filter((d) => inserted.delete(d.article.id));
      await saveParts(tx, fresh);
      const storedIds = fresh.map((d) => d.article.id);
      for (const listener of this.listeners) await listener(tx, storedIds);
      return storedIds;
    });
  }

  queryEvents(filter: EventFilter) {
    return queryEvents(this.sql, filter);
  }

  pageEvents(filter: PageFilter) {
    return pageEvents(this.sql, filter);
  }

  getEvent(id: number) {
    return getEvent(this.sql, id);
  }

  articleEvents(articleId: string) {
    return articleEvents(this.sql, articleId);
  }

  async article(id: string): Promise<(ArticleInfo & { text: string }) | null> {
    const row = await this.sql.get<ArticleInfo & { text: string }>('SELECT id, external_id, title, source, url, date, lang, text FROM articles WHERE id = ?', [id]);
    return row ?? null;
  }

  async quotesOf(articleIds: string[]): Promise<StoredQuote[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.sql.all<{ article_id: string; record: string }>(
      `SELECT article_id, record FROM quotes WHERE ${this.sql.dialect.inList('article_id')} ORDER BY article_id, start`,
      [this.sql.dialect.listParam([...new Set(articleIds)])],
    );
    return rows.map((r) => ({ article_id: r.article_id, ...(JSON.parse(r.record) as Quote) }));
  }

  async mentionsOf(articleId: string): Promise<StoredMention[]> {
    const rows = await this.sql.all<{ start: number; end: number; rule: string } & ActorRef>(
      'SELECT start, "end", kind, code, sector, name, kb_id, rule FROM mentions WHERE article_id = ? ORDER BY start, "end"',
      [articleId],
    );
    return rows.map((r) => ({
      start: r.start,
      end: r.end,
      actor: { code: r.code, sector: r.sector, kind: r.kind, name: r.name, kb_id: r.kb_id },
      rule: r.rule,
    }));
  }

  async stats(): Promise<StoreStats> {
    const count = async (table: string) => Number((await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);
    return { articles: await count('articles'), events: await count('events') };
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

/** The new articles' events with their actors, their quotes and their mentions, each table in as few INSERTs as its rows allow. */
async function saveParts(tx: Sql, docs: Document[]): Promise<void> {
  const eventRows = docs.flatMap((doc) =>
    doc.events.map((e, seq) => [
      doc.article.id, seq, e.type, e.mode, e.cameo, e.goldstein, e.quad_class, e.modality, e.date, e.place, e.confidence,
      e.evidence.start, e.evidence.end, e.evidence.trigger.start, e.evidence.trigger.end, e.evidence.trigger.text,
      doc.text.slice(e.evidence.start, e.evidence.end), JSON.stringify(e),
    ]),
  );
  const eventIds = new Map<string, number>();
  const eventKey = (articleId: string, seq: number) => `${articleId}\u0000${seq}`;
  for (const [sql, params] of inserts(tx, EVENTS, eventRows, 'RETURNING id, article_id, seq')) {
    for (const row of await tx.all<{ id: number; article_id: string; seq: number }>(sql, params)) eventIds.set(eventKey(row.article_id, Number(row.seq)), Number(row.id));
  }
  const actorRows = docs.flatMap((doc) =>
    doc.events.flatMap((e, seq) =>
      (
        [
          ['actor', e.actors],
          ['recipient', e.recipients],
          ['reported_by', e.reported_by],
        ] as const
      ).flatMap(([role, list]) => list.map((a) => [eventIds.get(eventKey(doc.article.id, seq)), role, a.code, a.sector, a.kind, a.name, a.kb_id])),
    ),
  );
  const quoteRows = docs.flatMap((doc) => doc.quotes.map((q) => [doc.article.id, q.text, q.start, q.end, q.speaker?.code ?? null, q.speakerText, JSON.stringify(q)]));
  const mentionRows = docs.flatMap((doc) =>
    doc.mentions.map((m) => [doc.article.id, m.start, m.end, m.actor.kind, m.actor.code, m.actor.sector, m.actor.name, m.actor.kb_id, m.rule]),
  );
  for (const [sql, params] of [...inserts(tx, ACTORS, actorRows), ...inserts(tx, QUOTES, quoteRows), ...inserts(tx, MENTIONS, mentionRows)]) await tx.run(sql, params);
}
