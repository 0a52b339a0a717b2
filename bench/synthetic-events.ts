// Synthetic news for the API benchmark: articles of a few events each between country actors,
// spread over two years, with a skewed choice of actors (a few pairs are in the news all the time,
// most rarely) and short texts for full-text search.
import type Database from 'better-sqlite3';

const CODES = [
  'RUS', 'UKR', 'USA', 'CHN', 'ISR', 'IRN', 'PSE', 'LBN', 'SYR', 'TUR', 'GBR', 'FRA', 'DEU', 'NLD', 'POL', 'BLR', 'PRK', 'KOR', 'JPN', 'TWN',
  'IND', 'PAK', 'AFG', 'IRQ', 'SAU', 'YEM', 'EGY', 'SDN', 'ETH', 'SOM', 'NGA', 'MLI', 'NER', 'COD', 'RWA', 'VEN', 'COL', 'MEX', 'BRA', 'ARG',
  'SRB', 'HUN', 'ARM', 'AZE', 'GEO', 'KAZ', 'MMR', 'PHL', 'VNM', 'IDN', 'NATO', 'EU', 'UN', 'AU', 'ITA', 'ESP', 'CAN', 'AUS', 'QAT', 'ARE',
];

// PLOVER type, CAMEO root, Goldstein score, QuadClass.
const TYPES: [string, string, number, number][] = [
  ['CONSULT', '040', 1, 1], ['AGREE', '057', 8, 1], ['SUPPORT', '051', 3.4, 1], ['REQUEST', '020', 3, 1],
  ['AID', '070', 7.4, 2], ['COOPERATE', '060', 6, 2], ['RETREAT', '087', 9, 2],
  ['ACCUSE', '112', -2, 3], ['REJECT', '120', -4, 3], ['THREATEN', '130', -4.4, 3], ['PROTEST', '140', -6.5, 3], ['SANCTION', '163', -8, 3],
  ['MOBILIZE', '150', -7.2, 4], ['COERCE', '170', -7, 4], ['ASSAULT', '190', -10, 4],
];

const WORDS = [
  'border', 'ceasefire', 'talks', 'missile', 'drone', 'embassy', 'summit', 'sanctions', 'troops', 'refugees', 'grain', 'pipeline',
  'election', 'protest', 'hostages', 'convoy', 'airstrike', 'treaty', 'ambassador', 'blockade', 'harbour', 'minister', 'parliament', 'aid',
  'grens', 'wapenstilstand', 'overleg', 'raket', 'ambassade', 'topoverleg', 'troepen', 'vluchtelingen', 'verkiezingen', 'gijzelaars',
];

export interface SyntheticData {
  articles: number;
  codes: string[];
  /** Each type with its own QuadClass. */
  types: [string, number][];
  words: string[];
  days: string[];
  /** The pairs with the most events, for series queries that return full histories. */
  busyPairs: [string, string][];
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Writes `total` events straight into a migrated SQLite store's tables (the pipeline is not what is
 * measured here); the store's trigger indexes the article text.
 */
export function loadSyntheticEvents(db: Database.Database, total: number, perArticle = 5): SyntheticData {
  const next = random(7);
  // Zipf-like: actor i is chosen with weight 1/(i+1).
  const weights = CODES.map((_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const actor = () => {
    let r = next() * sum;
    for (let i = 0; i < CODES.length; i++) if ((r -= weights[i]) <= 0) return CODES[i];
    return CODES[CODES.length - 1];
  };
  const start = Date.UTC(2023, 0, 1);
  const days = Array.from({ length: 730 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, external_id, source, url, title, text, date, lang, origin, ingested_at)
     VALUES (?, NULL, ?, NULL, ?, ?, ?, ?, 'bench', '2025-01-01T00:00:00Z')`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (article_id, seq, type, mode, cameo, goldstein, quad_class, modality, date, place, confidence,
       evidence_start, evidence_end, trigger_start, trigger_end, trigger_text, sentence, record)
     VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, 0.8, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActor = db.prepare('INSERT INTO event_actors (event_id, role, code, sector, kind, name, kb_id) VALUES (?, ?, ?, NULL, ?, ?, NULL)');
  const articles = Math.ceil(total / perArticle);
  db.transaction(() => {
    let events = 0;
    for (let n = 0; n < articles; n++) {
      // Later days carry more news, as an archive that grows does.
      const day = days[Math.floor(Math.sqrt(next()) * days.length)];
      const lang = next() < 0.3 ? 'nl' : 'en';
      const words = Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]);
      const text = `${words.join(' ')}. Report ${n}.`;
      const id = n.toString(16).padStart(20, '0');
      insertArticle.run(id, `source-${n % 40}`, `Report ${n}`, text, day, lang);
      for (let seq = 0; seq < perArticle && events < total; seq++, events++) {
        const [type, cameo, goldstein, quad] = TYPES[Math.floor(next() * TYPES.length)];
        const a = actor();
        let b = actor();
        while (b === a) b = actor();
        const modality = next() < 0.85 ? 'asserted' : 'reported';
        const record = {
          type, mode: null, cameo, goldstein, quad_class: quad,
          actors: [{ code: a, sector: null, kind: 'state', name: a, kb_id: null }],
          recipients: [{ code: b, sector: null, kind: 'state', name: b, kb_id: null }],
          modality, reported_by: [], quantities: [], place: null, date: day,
          evidence: { start: 0, end: 20, trigger: { start: 0, end: 6, text: words[0] } },
          confidence: 0.8, rules: ['bench'],
        };
        const eventId = insertEvent.run(id, seq, type, cameo, goldstein, quad, modality, day, 0, 20, 0, 6, words[0], text.slice(0, 20), JSON.stringify(record)).lastInsertRowid;
        insertActor.run(eventId, 'actor', a, 'state', a);
        insertActor.run(eventId, 'recipient', b, 'state', b);
      }
    }
  })();
  return {
    articles,
    codes: CODES.slice(0, 30),
    types: TYPES.map((t) => [t[0], t[3]]),
    words: WORDS,
    days,
    busyPairs: [
      ['RUS', 'UKR'], ['UKR', 'USA'], ['CHN', 'USA'], ['ISR', 'IRN'], ['RUS', 'USA'], ['CHN', 'RUS'], ['IRN', 'USA'], ['ISR', 'PSE'], ['DEU', 'FRA'], ['GBR', 'RUS'],
    ],
  };
}
