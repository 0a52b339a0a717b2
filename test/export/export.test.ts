import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../../src/export/index.js';
import { paraat, root, tempDir } from '../cli/run.js';

let db: string;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'x.db');
  const run = paraat(['ingest', join(root, 'examples'), '--db', db]);
  if (run.status !== 0) throw new Error(run.stderr);
});

const exported = (format: string, extra: string[] = []) => {
  const run = paraat(['export', '--format', format, '--db', db, ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};

describe('paraat export --format gdelt', () => {
  it('writes the 61 GDELT 2.0 columns, read back column by column', () => {
    const lines = exported('gdelt', ['--header']).trim().split('\n');
    const header = lines[0].split('\t');
    expect(header).toEqual([...GDELT_COLUMNS]);
    expect(header).toHaveLength(61);
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));
    for (const row of lines.slice(1)) expect(row.split('\t')).toHaveLength(61);
    const alert = rows.find((r) => r.Actor1Code === 'USAMIL' && r.EventCode === '152')!;
    expect(alert).toMatchObject({
      SQLDATE: '20220101',
      MonthYear: '202201',
      Year: '2022',
      Actor1CountryCode: 'USA',
      Actor1Type1Code: 'MIL',
      IsRootEvent: '1',
      EventBaseCode: '152',
      EventRootCode: '15',
      QuadClass: '4',
      GoldsteinScale: '-7.2',
      NumMentions: '1',
      ActionGeo_FullName: 'Verenigde Staten',
    });
    expect(new Set(rows.map((r) => r.GLOBALEVENTID)).size).toBe(rows.length);
    const sudan = rows.find((r) => r.SQLDATE === '20231017');
    expect(sudan?.SOURCEURL).toBe('paraat-examples');
    expect(rows.every((r) => /^\d{14}$/.test(r.DATEADDED))).toBe(true);
  });

  it('writes no header unless asked, as GDELT files have none', () => {
    expect(exported('gdelt').split('\n')[0].split('\t')[0]).toMatch(/^\d+$/);
  });
});

describe('paraat export --format plover', () => {
  it('writes one PLOVER JSON record a line with the required fields', () => {
    const records = exported('plover').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) {
      expect(typeof r.id).toBe('string');
      expect(Array.isArray(r.actor) && Array.isArray(r.event)).toBe(true);
    }
    const threat = records.find((r) => r.event[0] === 'THREATEN' && r.modality === 'conditional');
    expect(threat).toMatchObject({ actor: [{ code: 'WST' }], recipient: [{ code: 'RUS' }], mode: ['restrict'], quad_code: 3, cameo: '1312' });
    expect(threat.text).toContain('Mocht Rusland');
  });
});

describe('paraat export --format csv and parquet', () => {
  it('filters by period', () => {
    const lines = exported('csv', ['--since', '2024-01-01', '--until', '2024-01-31']).trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.split(',')[2].startsWith('2024-01'))).toBe(true);
  });

  it('writes Parquet that DuckDB reads back with the same rows', async () => {
    const out = join(dir, 'events.parquet');
    const run = paraat(['export', '--format', 'parquet', '--out', out, '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    const csvRows = exported('csv').trim().split('\n').length - 1;
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const result = await connection.runAndReadAll(`SELECT count(*), count(DISTINCT event_id), min(quad_class), max(quad_class) FROM read_parquet('${out}')`);
    const [count, distinct, minQuad, maxQuad] = result.getRows()[0].map(Number);
    expect(count).toBe(csvRows);
    expect(distinct).toBe(csvRows);
    expect(minQuad).toBeGreaterThanOrEqual(1);
    expect(maxQuad).toBeLessThanOrEqual(4);
    connection.closeSync();
  });

  it('needs --out for Parquet and a known format', () => {
    expect(paraat(['export', '--format', 'parquet', '--db', db]).stderr).toContain('needs --out');
    expect(paraat(['export', '--format', 'xlsx', '--db', db]).status).toBe(2);
  });
});
