import Database from 'better-sqlite3';
import { updateAnalytics } from '../analytics/update.js';
import type { Document, Event, Quote } from '../document/index.js';
import { MIGRATIONS } from './schema.js';
import type { EventFilter, EventRecord, Store, StoreStats } from './store.js';

/** Turns a user's words into an FTS5 query that matches all of them, so no input is FTS syntax. */
export function ftsQuery(text: string): string {
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) throw new Error(`--text "${text}" holds no words to search for`);
  return terms.map((t) => `"${t}"`).join(' ');
}

interface EventRow {
  id: number;
  article_id: string;
  record: string;
  sentence: string;
  source_url: string | null;
  article_title: string | null;
  article_lang: string;
}

/** The embedded default: one SQLite file in WAL mode, full-text search with FTS5. */
export class SqliteStore implements Store {
  private db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    // The version is read under the write lock: of two processes opening a new file at once, one
    // migrates and the other then finds the schema up to date.
    this.db.transaction(() => {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > MIGRATIONS.length) {
        throw new Error(`database schema version ${version} is newer than this Paraat (${MIGRATIONS.length}); upgrade Paraat`);
      }
      for (let v = version; v < MIGRATIONS.length; v++) {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async saveDocuments(docs: Document[]): Promise<string[]> {
    const insertArticle = this.db.prepare(
      `INSERT OR IGNORE INTO articles (id, external_id, source, url, title, text, date, lang, origin, ingested_at)
       VALUES (@id, @externalId, @source, @url, @title, @text, @date, @lang, @origin, @ingestedAt)`,
    );
    const insertFts = this.db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    const insertEvent = this.db.prepare(
      `INSERT INTO events (article_id, seq, type, mode, cameo, goldstein, quad_class, modality, date, place, confidence,
        evidence_start, evidence_end, trigger_start, trigger_end, trigger_text, sentence, record)
       VALUES (@articleId, @seq, @type, @mode, @cameo, @goldstein, @quadClass, @modality, @date, @place, @confidence,
        @evidenceStart, @evidenceEnd, @triggerStart, @triggerEnd, @triggerText, @sentence, @record)`,
    );
    const insertActor = this.db.prepare(
      'INSERT INTO event_actors (event_id, role, code, sector, kind, name, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertQuote = this.db.prepare(
      'INSERT INTO quotes (article_id, text, start, end, speaker_code, speaker_text, record) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const ingestedAt = new Date().toISOString();
    const storedIds: string[] = [];
    this.db.transaction(() => {
      for (const doc of docs) {
        const a = doc.article;
        const result = insertArticle.run({
          id: a.id,
          externalId: a.externalId,
          source: a.source,
          url: a.url,
          title: a.title,
          text: a.text,
          date: a.date,
          lang: doc.lang,
          origin: a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file,
          ingestedAt,
        });
        if (result.changes === 0) continue;
        storedIds.push(a.id);
        insertFts.run(result.lastInsertRowid, a.title ?? '', a.text);
        doc.events.forEach((e: Event, seq) => {
          const eventId = insertEvent.run({
            articleId: a.id,
            seq,
            type: e.type,
            mode: e.mode,
            cameo: e.cameo,
            goldstein: e.goldstein,
            quadClass: e.quad_class,
            modality: e.modality,
            date: e.date,
            place: e.place,
            confidence: e.confidence,
            evidenceStart: e.evidence.start,
            evidenceEnd: e.evidence.end,
            triggerStart: e.evidence.trigger.start,
            triggerEnd: e.evidence.trigger.end,
            triggerText: e.evidence.trigger.text,
            sentence: doc.text.slice(e.evidence.start, e.evidence.end),
            record: JSON.stringify(e),
          }).lastInsertRowid;
          for (const [role, list] of [['actor', e.actors], ['recipient', e.recipients], ['reported_by', e.reported_by]] as const) {
            for (const actor of list) insertActor.run(eventId, role, actor.code, actor.sector, actor.kind, actor.name, actor.kb_id);
          }
        });
        for (const q of doc.quotes) {
          insertQuote.run(a.id, q.text, q.start, q.end, q.speaker?.code ?? null, q.speakerText, JSON.stringify(q));
        }
      }
      updateAnalytics(this.db, storedIds);
    })();
    return storedIds;
  }

  async queryEvents(filter: EventFilter): Promise<EventRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) {
      where.push("e.id IN (SELECT event_id FROM event_actors WHERE role = 'actor' AND code = ?)");
      params.push(filter.actor.toUpperCase());
    }
    if (filter.recipient) {
      where.push("e.id IN (SELECT event_id FROM event_actors WHERE role = 'recipient' AND code = ?)");
      params.push(filter.recipient.toUpperCase());
    }
    if (filter.type) {
      where.push('e.type = ?');
      params.push(filter.type.toUpperCase());
    }
    // Dates are partial ("2022", "2022-01", "2022-01-24"): compare on the precision both sides have,
    // so an event of January 2022 overlaps --until 2022-01-10 and an event of 2022-01-20 --until 2022-01.
    const onCommonPrefix = (op: string) =>
      `e.date IS NOT NULL AND substr(e.date, 1, min(length(e.date), length(?))) ${op} substr(?, 1, min(length(e.date), length(?)))`;
    if (filter.since) {
      where.push(onCommonPrefix('>='));
      params.push(filter.since, filter.since, filter.since);
    }
    if (filter.until) {
      where.push(onCommonPrefix('<='));
      params.push(filter.until, filter.until, filter.until);
    }
    if (filter.lang) {
      where.push('a.lang = ?');
      params.push(filter.lang.toLowerCase());
    }
    if (filter.text) {
      where.push('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(ftsQuery(filter.text));
    }
    const sql = `SELECT e.id, e.article_id, e.record, e.sentence, coalesce(a.url, a.source) AS source_url, a.title AS article_title,
      a.lang AS article_lang FROM events e JOIN articles a ON a.id = e.article_id
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY e.date IS NULL, e.date, e.article_id, e.seq LIMIT ?`;
    params.push(filter.limit === null ? -1 : (filter.limit ?? 10_000));
    const rows = this.db.prepare(sql).all(...params) as EventRow[];
    return rows.map((r) => ({
      id: r.id,
      article_id: r.article_id,
      sentence: r.sentence,
      source_url: r.source_url,
      article_title: r.article_title,
      article_lang: r.article_lang,
      ...(JSON.parse(r.record) as Event),
    }));
  }

  async quotesOf(articleIds: string[]): Promise<(Quote & { article_id: string })[]> {
    if (articleIds.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT article_id, record FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start`)
      .all(JSON.stringify([...new Set(articleIds)])) as { article_id: string; record: string }[];
    return rows.map((r) => ({ article_id: r.article_id, ...(JSON.parse(r.record) as Quote) }));
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return { articles: one('SELECT count(*) n FROM articles'), events: one('SELECT count(*) n FROM events') };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
