import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorRef, Document, Event } from '../../src/document/index.js';
import { ftsQuery, openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';

const actor = (code: string, kind: ActorRef['kind'] = 'state'): ActorRef => ({ code, sector: null, kind, name: code, kb_id: null });

function event(type: string, actors: string[], recipients: string[], date: string | null): Event {
  return {
    type, mode: null, cameo: '190', goldstein: -10, quad_class: 4,
    actors: actors.map((c) => actor(c)), recipients: recipients.map((c) => actor(c)),
    modality: 'asserted', reported_by: [], quantities: [], place: null, date,
    evidence: { start: 0, end: 10, trigger: { start: 0, end: 4, text: 'test' } }, confidence: 0.8, rules: ['test'],
  };
}

function doc(id: string, text: string, lang: string, date: string | null, events: Event[]): Document {
  return {
    article: { id, externalId: id, source: 'test', url: null, title: null, text, date, lang, origin: { file: 'test' } },
    text, lang, tokens: [], sentences: [], entities: [], mentions: [], events, quotes: [],
  };
}

describe('SQLite store', () => {
  let path: string;
  let store: Store;

  beforeEach(async () => {
    path = join(mkdtempSync(join(tmpdir(), 'paraat-store-')), 'test.db');
    store = openStore(path);
    await store.saveDocuments([
      doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [event('ASSAULT', ['RUS'], ['UKR'], '2022-02-24')]),
      doc('a2', 'Biden met Macron in Paris.', 'en', '2022-01', [event('CONSULT', ['USA', 'FRA'], [], '2022-01')]),
      doc('a3', 'Police arrested protesters.', 'en', null, [event('COERCE', ['GBR'], ['CVL'], null)]),
    ]);
  });

  afterEach(async () => {
    await store.close();
  });

  it('uses WAL and records the schema version', () => {
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('returns the ids of the articles that were new, not of those already stored', async () => {
    const saved = await store.saveDocuments([
      doc('a2', 'Biden met Macron in Paris.', 'en', '2022-01', [event('CONSULT', ['USA', 'FRA'], [], '2022-01')]),
      doc('a4', 'Rusland valt Oekraïne opnieuw aan.', 'nl', '2022-03-01', [event('ASSAULT', ['RUS'], ['UKR'], '2022-03-01')]),
    ]);
    expect(saved).toEqual(['a4']);
  });

  it('stores an article once, however often it is saved', async () => {
    const again = await store.saveDocuments([doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [event('ASSAULT', ['RUS'], ['UKR'], '2022-02-24')])]);
    expect(again).toEqual([]);
    expect(await store.stats()).toEqual({ articles: 3, events: 3 });
    expect(await store.hasArticle('a1')).toBe(true);
    expect(await store.hasArticle('zz')).toBe(false);
  });

  it('filters by actor, recipient, type and language', async () => {
    expect((await store.queryEvents({ actor: 'rus' })).map((e) => e.article_id)).toEqual(['a1']);
    expect((await store.queryEvents({ recipient: 'UKR' })).map((e) => e.type)).toEqual(['ASSAULT']);
    expect((await store.queryEvents({ actor: 'UKR' }))).toEqual([]);
    expect((await store.queryEvents({ type: 'consult' })).map((e) => e.article_id)).toEqual(['a2']);
    expect((await store.queryEvents({ lang: 'en' })).map((e) => e.article_id).sort()).toEqual(['a2', 'a3']);
  });

  it('filters partial dates by overlap and leaves undated events out of date queries', async () => {
    expect((await store.queryEvents({ since: '2022-02' })).map((e) => e.article_id)).toEqual(['a1']);
    expect((await store.queryEvents({ until: '2022-01-10' })).map((e) => e.article_id)).toEqual(['a2']);
    expect((await store.queryEvents({ since: '2022-01-15', until: '2022-02-24' })).map((e) => e.article_id)).toEqual(['a2', 'a1']);
    expect((await store.queryEvents({ until: '2021' }))).toEqual([]);
  });

  it('finds article text without regard to accents', async () => {
    expect((await store.queryEvents({ text: 'Oekraine' })).map((e) => e.article_id)).toEqual(['a1']);
    expect((await store.queryEvents({ text: 'paris MACRON' })).map((e) => e.article_id)).toEqual(['a2']);
  });

  it('treats query text as words, never as SQL or FTS syntax', async () => {
    expect(await store.queryEvents({ text: `x' OR 1=1; DROP TABLE events; --` })).toEqual([]);
    expect(await store.queryEvents({ actor: `RUS' OR '1'='1` })).toEqual([]);
    expect((await store.stats()).events).toBe(3);
    expect(ftsQuery('NEAR(a b) OR "c')).toBe('"NEAR" "a" "b" "OR" "c"');
    expect(() => ftsQuery('*** ---')).toThrow('holds no words');
  });

  it('returns the event object with its article and sentence', async () => {
    const [record] = await store.queryEvents({ actor: 'RUS' });
    expect(record).toMatchObject({ type: 'ASSAULT', article_id: 'a1', sentence: 'Rusland va', actors: [{ code: 'RUS' }] });
    expect(typeof record.id).toBe('number');
  });

  it('keeps what it stored when reopened', async () => {
    await store.close();
    store = openStore(path);
    expect(await store.stats()).toEqual({ articles: 3, events: 3 });
  });
});
