import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ftsQuery, openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { doc, event, sampleDocuments } from './documents.js';
import type { TestPostgres } from './postgres-server.js';
import { POSTGRES_MISSING, postgresBin, startPostgres } from './postgres-server.js';

let server: TestPostgres | null = null;
const hasPostgres = postgresBin() !== null;
if (!hasPostgres) console.warn(POSTGRES_MISSING);

beforeAll(async () => {
  if (hasPostgres) server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());

const backends: { name: string; location: () => Promise<string>; skip: boolean }[] = [
  { name: 'SQLite', location: async () => join(mkdtempSync(join(tmpdir(), 'paraat-store-')), 'test.db'), skip: false },
  { name: 'PostgreSQL', location: () => server!.newDatabase(), skip: !hasPostgres },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`${backend.name} store`, () => {
    let location: string;
    let store: Store;
    const articlesOf = async (filter: Parameters<Store['queryEvents']>[0]) => (await store.queryEvents(filter)).map((e) => e.article_id);
    const pagedArticlesOf = async (filter: Omit<Parameters<Store['pageEvents']>[0], 'limit'>) =>
      (await store.pageEvents({ ...filter, limit: 50 })).events.map((e) => e.article_id);

    beforeEach(async () => {
      location = await backend.location();
      store = await openStore(location);
      await store.saveDocuments(sampleDocuments());
    });

    afterEach(async () => {
      await store.close();
    });

    it('returns the ids of the articles that were new, not of those already stored', async () => {
      const saved = await store.saveDocuments([doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', []), doc('n1', 'Nieuw.', 'nl', null, [])]);
      expect(saved).toEqual(['n1']);
    });

    it('saves a batch in one go: each new article once, the first of one id, every event with its own actors', async () => {
      const saved = await store.saveDocuments([
        doc('n1', 'First.', 'en', '2023-05-01', [event('ASSAULT', ['ISR'], ['PSE'], '2023-05-01'), event('CONSULT', ['FRA'], ['DEU'], '2023-05-01')]),
        doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [event('ASSAULT', ['RUS'], ['UKR'], '2022-02-24')]),
        doc('n1', 'First again.', 'en', '2023-05-01', [event('PROTEST', ['GBR'], ['USA'], '2023-05-01')]),
        doc('n2', 'Second.', 'en', '2023-05-02', [event('AID', ['USA'], ['SDN'], '2023-05-02')]),
      ]);
      expect(saved).toEqual(['n1', 'n2']);
      expect(await store.stats()).toEqual({ articles: 6, events: 7 });
      const found = async (filter: Parameters<Store['queryEvents']>[0]) => (await store.queryEvents(filter)).map((e) => [e.article_id, e.type]);
      expect(await found({ actor: 'FRA', recipient: 'DEU' })).toEqual([['n1', 'CONSULT']]);
      expect(await found({ actor: 'USA', recipient: 'SDN' })).toEqual([['n2', 'AID']]);
      expect(await found({ actor: 'GBR' })).toEqual([['a3', 'COERCE']]);
      expect((await store.articleEvents('n1')).map((e) => e.sentence)).toEqual(['First.', 'First.']);
    });

    it('stores an article once, however often it is saved', async () => {
      const again = await store.saveDocuments([doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [event('ASSAULT', ['RUS'], ['UKR'], '2022-02-24')])]);
      expect(again).toEqual([]);
      expect(await store.stats()).toEqual({ articles: 4, events: 4 });
      expect(await store.hasArticle('a1')).toBe(true);
      expect(await store.hasArticle('zz')).toBe(false);
    });

    it('filters by actor, recipient, type and language', async () => {
      expect(await articlesOf({ actor: 'rus' })).toEqual(['a4', 'a1']);
      expect((await store.queryEvents({ recipient: 'UKR' })).map((e) => e.type)).toEqual(['MOBILIZE', 'ASSAULT']);
      expect(await store.queryEvents({ actor: 'UKR' })).toEqual([]);
      expect(await articlesOf({ type: 'consult' })).toEqual(['a2']);
      expect((await articlesOf({ lang: 'en' })).sort()).toEqual(['a2', 'a3', 'a4']);
      expect(await articlesOf({ limit: 2 })).toEqual(['a2', 'a4']);
    });

    it('applies the partial-date rule at year, month and day precision, in date order and in pages alike', async () => {
      const cases: [{ since?: string; until?: string }, string[]][] = [
        [{ until: '2021' }, []],
        [{ until: '2022' }, ['a2', 'a4', 'a1']],
        [{ since: '2023' }, []],
        // An event of 2022-01-20 lies in January 2022; an event of January 2022 overlaps 2022-01-10.
        [{ until: '2022-01' }, ['a2', 'a4']],
        [{ since: '2022-02' }, ['a1']],
        [{ until: '2022-01-10' }, ['a2']],
        [{ since: '2022-01-21' }, ['a2', 'a1']],
        [{ since: '2022-01-15', until: '2022-02-24' }, ['a2', 'a4', 'a1']],
        [{ since: '2022-01-20', until: '2022-01-20' }, ['a2', 'a4']],
      ];
      for (const [period, articles] of cases) {
        expect({ period, found: await articlesOf(period) }).toEqual({ period, found: articles });
        expect({ period, found: (await pagedArticlesOf(period)).sort() }).toEqual({ period, found: [...articles].sort() });
      }
    });

    it('pages an actor and a recipient together, each event once, with dates, and on with the cursor', async () => {
      await store.saveDocuments([
        doc('d1', 'Twice Russia.', 'en', '2022-03', [event('ASSAULT', ['RUS', 'RUS'], ['UKR'], '2022-03')]),
        doc('d2', 'The other way.', 'en', '2022-03', [event('ASSAULT', ['UKR'], ['RUS'], '2022-03')]),
        doc('d3', 'A month.', 'en', '2022-02', [event('ASSAULT', ['RUS'], ['UKR', 'UKR'], '2022-02')]),
      ]);
      expect(await pagedArticlesOf({ actor: 'RUS', recipient: 'UKR' })).toEqual(['d3', 'd1', 'a4', 'a1']);
      expect(await pagedArticlesOf({ actor: 'rus', recipient: 'ukr', since: '2022-02-10' })).toEqual(['d3', 'd1', 'a1']);
      expect(await pagedArticlesOf({ actor: 'RUS', recipient: 'UKR', until: '2022-02-10' })).toEqual(['d3', 'a4']);
      expect(await pagedArticlesOf({ actor: 'RUS', recipient: 'UKR', type: 'MOBILIZE', lang: 'en' })).toEqual(['a4']);
      expect(await pagedArticlesOf({ actor: 'UKR', recipient: 'RUS' })).toEqual(['d2']);
      expect(await articlesOf({ actor: 'RUS', recipient: 'UKR', since: '2022-02-10' })).toEqual(['d3', 'a1', 'd1']);
      const pages: string[][] = [];
      let cursor: number | undefined;
      do {
        const page = await store.pageEvents({ actor: 'RUS', recipient: 'UKR', limit: 2, cursor });
        pages.push(page.events.map((e) => e.article_id));
        cursor = page.next_cursor ?? undefined;
      } while (cursor !== undefined);
      expect(pages).toEqual([['d3', 'd1'], ['a4', 'a1']]);
    });

    it('finds article words in pages together with the other filters', async () => {
      expect(await pagedArticlesOf({ text: 'Oekraine', lang: 'nl' })).toEqual(['a1']);
      expect(await pagedArticlesOf({ text: 'border', lang: 'nl' })).toEqual([]);
      expect(await pagedArticlesOf({ text: 'border', actor: 'RUS' })).toEqual(['a4']);
    });

    it('finds article text without regard to accents', async () => {
      expect(await articlesOf({ text: 'Oekraine' })).toEqual(['a1']);
      expect(await articlesOf({ text: 'paris MACRON' })).toEqual(['a2']);
      expect(await pagedArticlesOf({ text: 'oekraïne' })).toEqual(['a1']);
      expect(await articlesOf({ text: 'Macron Oekraine' })).toEqual([]);
    });

    it('treats query text as words, never as SQL or search syntax', async () => {
      expect(await store.queryEvents({ text: `x' OR 1=1; DROP TABLE events; --` })).toEqual([]);
      expect(await store.queryEvents({ text: 'NEAR(a b) OR "c' })).toEqual([]);
      expect(await store.queryEvents({ actor: `RUS' OR '1'='1` })).toEqual([]);
      expect((await store.stats()).events).toBe(4);
    });

    it('returns one record type, with its article, for queries, pages and single events', async () => {
      const [record] = await store.queryEvents({ type: 'ASSAULT' });
      expect(record).toMatchObject({ type: 'ASSAULT', article_id: 'a1', sentence: 'Rusland va', lang: 'nl', source: 'test', url: null, title: null, article_date: '2022-02-24', actors: [{ code: 'RUS' }] });
      expect(typeof record.id).toBe('number');
      expect(await store.getEvent(record.id)).toEqual(record);
      expect(await store.articleEvents('a1')).toEqual([record]);
      const page = await store.pageEvents({ type: 'assault', limit: 10 });
      expect(page).toEqual({ events: [record], next_cursor: null });
    });

    it('pages newest stored first, with a cursor', async () => {
      const first = await store.pageEvents({ limit: 3 });
      expect(first.events.map((e) => e.article_id)).toEqual(['a4', 'a3', 'a2']);
      expect(first.next_cursor).toBe(first.events[2].id);
      const rest = await store.pageEvents({ limit: 3, cursor: first.next_cursor! });
      expect(rest).toEqual({ events: [expect.objectContaining({ article_id: 'a1' })], next_cursor: null });
      expect((await store.pageEvents({ dyad: ['ukr', 'rus'], limit: 10 })).events).toEqual([]);
    });

    it('stores the mentions of an article with their spans and rules', async () => {
      expect(await store.mentionsOf('a1')).toEqual([
        { start: 0, end: 7, actor: { code: 'RUS', sector: null, kind: 'state', name: 'Rusland', kb_id: null }, rule: 'country-name' },
        { start: 13, end: 21, actor: { code: 'UKR', sector: null, kind: 'state', name: 'Oekraïne', kb_id: null }, rule: 'country-name' },
      ]);
      expect(await store.mentionsOf('a2')).toEqual([]);
      expect(await store.article('a1')).toEqual({ id: 'a1', external_id: 'a1', title: null, source: 'test', url: null, date: '2022-02-24', lang: 'nl', text: 'Rusland valt Oekraïne aan.' });
    });

    it('tells its listeners what was saved, inside the transaction, and rolls back with them', async () => {
      const seen: string[][] = [];
      store.onSaved(async (tx, ids) => {
        seen.push(ids);
        const row = await tx.get<{ n: number }>('SELECT count(*) AS n FROM articles WHERE id = ?', ['b1']);
        if (Number(row!.n) === 1 && ids.includes('b2')) throw new Error('listener failed');
      });
      await store.saveDocuments([doc('b1', 'One.', 'en', null, []), doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [])]);
      expect(seen).toEqual([['b1']]);
      await expect(store.saveDocuments([doc('b2', 'Two.', 'en', null, [])])).rejects.toThrow('listener failed');
      expect(await store.hasArticle('b2')).toBe(false);
    });

    it('keeps concurrent saves apart: one that fails undoes nothing of the other', async () => {
      store.onSaved(async (_tx, ids) => {
        await new Promise((wait) => setTimeout(wait, 20));
        if (ids.includes('c2')) throw new Error('listener failed');
      });
      const results = await Promise.allSettled([
        store.saveDocuments([doc('c1', 'First.', 'en', null, [])]),
        store.saveDocuments([doc('c2', 'Second.', 'en', null, [])]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
      expect([await store.hasArticle('c1'), await store.hasArticle('c2')]).toEqual([true, false]);
    });

    it('keeps what it stored when reopened', async () => {
      await store.close();
      store = await openStore(location);
      expect(await store.stats()).toEqual({ articles: 4, events: 4 });
    });
  });
}

describe('search words', () => {
  it('quotes every word for FTS5 and refuses text without words', () => {
    expect(ftsQuery('NEAR(a b) OR "c')).toBe('"NEAR" "a" "b" "OR" "c"');
    expect(() => ftsQuery('*** ---')).toThrow('holds no words');
  });
});
