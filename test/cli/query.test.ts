import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paraat, root, tempDir } from './run.js';

let db: string;

beforeAll(() => {
  db = join(tempDir(), 'q.db');
  const run = paraat(['ingest', join(root, 'examples'), '--db', db]);
  if (run.status !== 0) throw new Error(run.stderr);
});

type Row = { type: string; date: string; article_id: string; sentence: string; actors: { code: string }[]; recipients: { code: string }[] };
const json = (args: string[]) => {
  const run = paraat(['events', '--db', db, '--format', 'json', ...args]);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Row[];
};

describe('paraat events', () => {
  it('filters by actor and by recipient', () => {
    const rus = json(['--actor', 'RUS']);
    expect(rus.length).toBeGreaterThan(0);
    expect(rus.every((e) => e.actors.some((a) => a.code === 'RUS'))).toBe(true);
    const toRus = json(['--recipient', 'RUS']);
    expect(toRus.length).toBeGreaterThan(0);
    expect(toRus.every((e) => e.recipients.some((a) => a.code === 'RUS'))).toBe(true);
  });

  it('filters by type, language and period', () => {
    expect(json(['--type', 'mobilize']).every((e) => e.type === 'MOBILIZE')).toBe(true);
    const english = json(['--lang', 'en']);
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((e) => e.date.startsWith('2023-10') || e.date.startsWith('2024-03'))).toBe(true);
    const jan2022 = json(['--since', '2022-01-01', '--until', '2022-01-31']);
    expect(jan2022.length).toBeGreaterThan(3);
    expect(jan2022.every((e) => e.date === '2022-01')).toBe(true);
    expect(json(['--since', '2030'])).toEqual([]);
  });

  it('reads periods at year, month and day precision by overlap, as the API does', () => {
    const dates = (args: string[]) => [...new Set(json(args).map((e) => e.date))].sort();
    expect(dates(['--until', '2023-07'])).toEqual(['2022-01', '2023-07-30', '2023-07-31']);
    expect(dates(['--since', '2023-07-31', '--until', '2023'])).toEqual(['2023-07-31', '2023-10-16', '2023-10-17']);
    expect(dates(['--since', '2022-01-20', '--until', '2022-01-20'])).toEqual(['2022-01']);
    expect(dates(['--since', '2024-01-13', '--until', '2024-02'])).toEqual(['2024-01-15']);
  });

  it('says in one line that a PostgreSQL database cannot be reached, and exits non-zero', () => {
    const run = paraat(['events', '--db', 'postgres://paraat:secret@127.0.0.1:1/none']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('paraat events: cannot use the PostgreSQL database postgres://paraat@127.0.0.1:1/none: connect ECONNREFUSED 127.0.0.1:1\n');
  });

  it('finds article text without regard to accents', () => {
    const withAccent = json(['--text', 'Oekraïne']);
    const without = json(['--text', 'Oekraine']);
    expect(without.length).toBeGreaterThan(0);
    expect(without.map((e) => e.article_id)).toEqual(withAccent.map((e) => e.article_id));
  });

  it('prints CSV with a header and a table with the evidence sentence', () => {
    const csv = paraat(['events', '--db', db, '--format', 'csv', '--type', 'THREATEN']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('event_id,article_id,date,type,mode,cameo,goldstein,quad_class,actors,recipients,modality,reported_by,quantities,place,confidence,trigger,sentence,source_url,language');
    expect(lines.length).toBeGreaterThan(1);
    const table = paraat(['events', '--db', db, '--actor', 'WST']);
    expect(table.stdout).toContain('Mocht Rusland Oekraïne aanvallen');
  });

  it("shows each event's quotes beside it", () => {
    const [threat] = json(['--type', 'THREATEN', '--actor', 'NATO', '--since', '2022-01', '--until', '2022-01']) as (Row & { quotes: { text: string; speakerText: string }[] })[];
    expect(threat.quotes).toEqual([expect.objectContaining({ speakerText: 'Stoltenberg', text: expect.stringMatching(/^We zijn het erover eens/) })]);
    const table = paraat(['events', '--db', db, '--type', 'THREATEN', '--actor', 'NATO']);
    expect(table.stdout).toMatch(/quotes:\n  Stoltenberg \(NATO\): "We zijn het erover eens/);
  });

  it('refuses bad options with a usage error', () => {
    const badDate = paraat(['events', '--db', db, '--since', '2022-13']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--since: date "2022-13": there is no month 13');
    expect(paraat(['events', '--db', db, '--format', 'xml']).stderr).toContain('--format must be one of table, json, csv');
    expect(paraat(['events', '--db', join(tempDir(), 'none.db')]).stderr).toContain('no database at');
    expect(paraat(['events', '--db', db, '--bogus']).status).toBe(2);
  });
});

describe('paraat extract', () => {
  it('prints one JSON object per document, in input order', () => {
    const input = [
      '{"id":"z","text":"Russia attacked Ukraine.","lang":"en","date":"2022-02-24"}',
      '{"id":"a","text":"De NAVO veroordeelde de aanval.","lang":"nl","date":"2022-02-25"}',
      '{"id":"m","text":"Nothing happened here.","lang":"en","date":"2022-02-26"}',
    ].join('\n');
    const run = paraat(['extract', '-'], { input });
    expect(run.status).toBe(0);
    const docs = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['z', 'a', 'm']);
    expect(docs[0].events[0]).toMatchObject({ type: 'ASSAULT', cameo: '190', goldstein: -10, quad_class: 4, modality: 'asserted', date: '2022-02-24' });
    expect(docs[0].events[0].evidence).toEqual({ start: 0, end: 24, trigger: { start: 7, end: 15, text: 'attacked' } });
    expect(docs[2].events).toEqual([]);
  });
});

describe('help', () => {
  it.each(['ingest', 'extract', 'events', 'eval', 'explain', 'demo'])('paraat %s --help prints its usage', (command) => {
    const run = paraat([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: paraat ${command}`));
  });

  it('lists the commands and refuses an unknown one', () => {
    expect(paraat(['--help']).stdout).toContain('ingest');
    expect(paraat(['frobnicate']).status).toBe(2);
  });
});
