import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/commands/ingest.js';
import { paraat, paraatAsync, root, tempDir } from './run.js';

const examples = join(root, 'examples');

function count(db: string, table: string): number {
  const handle = new Database(db, { readonly: true });
  try {
    return (handle.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
  } finally {
    handle.close();
  }
}

describe('paraat ingest', () => {
  it('stores the examples once, however often they are ingested', () => {
    const db = join(tempDir(), 'p.db');
    const first = paraat(['ingest', examples, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/6 articles read, 6 stored, 0 already stored, \d+ events/);
    const events = count(db, 'events');
    expect(events).toBeGreaterThan(10);
    const again = paraat(['ingest', examples, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/6 articles read, 0 stored, 6 already stored, 0 events/);
    expect(count(db, 'articles')).toBe(6);
    expect(count(db, 'events')).toBe(events);
  });

  it('reads the database path from PARAAT_DB', () => {
    const db = join(tempDir(), 'env.db');
    expect(paraat(['ingest', join(examples, 'en-2023-10-sudan.txt')], { env: { PARAAT_DB: db } }).status).toBe(0);
    expect(count(db, 'articles')).toBe(1);
  });

  it('reads JSON Lines from stdin', () => {
    const db = join(tempDir(), 'stdin.db');
    const input = ['{"id":"a","text":"Russia attacked Ukraine on Monday.","date":"2022-02-28","lang":"en"}', '{"id":"b","text":"Rusland valt Oekraïne aan.","date":null}'].join('\n');
    const run = paraat(['ingest', '-', '--db', db], { input });
    expect(run.status).toBe(0);
    expect(count(db, 'articles')).toBe(2);
    expect(run.stderr).toContain('<stdin>:2: warning: no date');
  });

  it('reports each bad input with file and line, stores the rest and exits non-zero', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('date 2022-03-01\nDe NAVO veroordeelde de aanval op Oekra\xefne.', 'latin1'));
    writeFileSync(join(dir, 'baddate.txt'), 'date 2022-02-31\nRusland valt aan.');
    writeFileSync(join(dir, 'lines.jsonl'), '{"id":"1","text":"Police arrested 12 protesters in Minsk.","date":"2021-05-01"}\n{"id":"2","text": oops}\n{"id":"3","text":"Belarus expelled two diplomats.","date":"2021-05-02"}\n');
    const db = join(dir, 'p.db');
    const run = paraat(['ingest', dir, join(dir, 'missing.txt'), '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'empty.txt')}: error: empty file`);
    expect(run.stderr).toContain(`${join(dir, 'binary.txt')}: error: binary file, not text`);
    expect(run.stderr).toContain(`${join(dir, 'latin1.txt')}:2: warning: not valid UTF-8; line read as Windows-1252`);
    expect(run.stderr).toContain(`${join(dir, 'baddate.txt')}:1: error: date "2022-02-31": 2022-02 has no day 31`);
    expect(run.stderr).toMatch(new RegExp(`${join(dir, 'lines.jsonl')}:2: error: malformed JSON`));
    expect(run.stderr).toContain(`${join(dir, 'missing.txt')}: error: no such file or folder`);
    expect(run.stderr).toMatch(/3 articles read, 3 stored, 0 already stored, \d+ events, 5 refused/);
    expect(count(db, 'articles')).toBe(3);
  });

  it('picks up where an interrupted run stopped, losing nothing it stored', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Police in city ${i} arrested ${i + 2} protesters after a march.`, date: '2021-01-01', lang: 'en' }));
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n'));
    const db = join(dir, 'p.db');
    const child = paraatAsync(['ingest', join(dir, 'many.jsonl'), '--db', db]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const poll = setInterval(() => {
      try {
        if (count(db, 'articles') > 0) child.kill('SIGKILL');
      } catch {
        // the database file or its schema is not there yet
      }
    }, 5);
    await exited;
    clearInterval(poll);
    const stored = count(db, 'articles');
    expect(stored).toBeGreaterThan(0);
    const resumed = paraat(['ingest', join(dir, 'many.jsonl'), '--db', db]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`3000 articles read, ${3000 - stored} stored, ${stored} already stored`);
    expect(count(db, 'articles')).toBe(3000);
  });

  it('prints summaries that add up when two ingests of the same input run at once', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `c${i}`, text: `Police in town ${i} arrested ${i + 2} protesters.`, date: '2021-01-01', lang: 'en' }));
    writeFileSync(join(dir, 'same.jsonl'), lines.join('\n'));
    const db = join(dir, 'p.db');
    const run = () =>
      new Promise<string>((resolve) => {
        const child = paraatAsync(['ingest', join(dir, 'same.jsonl'), '--db', db]);
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('exit', () => resolve(stderr));
      });
    const summaries = (await Promise.all([run(), run()])).map((stderr) => {
      const m = /(\d+) articles read, (\d+) stored, (\d+) already stored, (\d+) events/.exec(stderr);
      if (!m) throw new Error(`no summary in: ${stderr}`);
      return { read: Number(m[1]), stored: Number(m[2]), already: Number(m[3]), events: Number(m[4]) };
    });
    for (const s of summaries) expect(s.stored + s.already).toBe(s.read);
    expect(summaries[0].stored + summaries[1].stored).toBe(400);
    expect(summaries[0].events + summaries[1].events).toBe(count(db, 'events'));
  }, 60_000);
});

describe('ingest progress', () => {
  it('counts the articles committed, not those read', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify({ text: `Police in town ${i} arrested protesters.`, date: '2021-01-01', lang: 'en' }));
    writeFileSync(join(dir, 'seven.jsonl'), lines.join('\n'));
    const drawn: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => drawn.push(text) } as unknown as NodeJS.WriteStream;
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      await ingest([join(dir, 'seven.jsonl')], join(dir, 'p.db'), { batchSize: 3, progress: terminal });
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
    const counts = drawn.map((line) => /(\d+) committed/.exec(line)?.[1]).filter((n) => n !== undefined).map(Number);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every((n) => [0, 3, 6, 7].includes(n))).toBe(true);
    expect(counts.at(-1)).toBe(7);
  });
});
