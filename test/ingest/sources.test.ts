import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles, readInputFile } from '../../src/ingest/index.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'paraat-ingest-'));
}

describe('input files', () => {
  it('walks folders recursively in name order and skips other extensions', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'x');
    writeFileSync(join(dir, 'a.jsonl'), '{}');
    writeFileSync(join(dir, 'sub', 'c.txt'), 'x');
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    const { files, problems } = listInputFiles([dir, join(dir, 'missing.txt')]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a.jsonl', 'b.txt', 'sub/c.txt']);
    expect(problems).toEqual([{ file: join(dir, 'missing.txt'), severity: 'error', message: 'no such file or folder' }]);
  });

  it('refuses an empty file', () => {
    const items = [...readInputFile('empty.txt', new Uint8Array())];
    expect(items).toEqual([{ article: null, problems: [{ file: 'empty.txt', severity: 'error', message: 'empty file' }] }]);
  });

  it('refuses a binary file', () => {
    const items = [...readInputFile('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))];
    expect(items[0].problems[0].message).toBe('binary file, not text');
  });

  it('reads invalid UTF-8 as Windows-1252 with a warning', () => {
    const bytes = Buffer.from('date 2022-01-01\nOekra\xefne en de NAVO.', 'latin1');
    const items = [...readInputFile('cp1252.txt', bytes)];
    expect(items[0].problems[0]).toMatchObject({ severity: 'warning', message: 'not valid UTF-8; read as Windows-1252' });
    expect(items[1].article?.text).toBe('Oekraïne en de NAVO.');
  });

  it('goes on after a malformed JSON line and reports its line number', () => {
    const content = '{"id":"1","text":"Eerste."}\n{"id":"2","text":\n\n{"id":"3","text":"Derde."}\n';
    const items = [...readInputFile('mixed.jsonl', Buffer.from(content))];
    expect(items.map((i) => i.article?.externalId ?? null)).toEqual(['1', null, '3']);
    expect(items[1].problems[0]).toMatchObject({ line: 2, severity: 'error' });
  });

  it('recognises JSON Lines on stdin by its content', () => {
    const items = [...readInputFile('<stdin>', Buffer.from('{"text": "From a pipe."}\n'))];
    expect(items[0].article?.text).toBe('From a pipe.');
  });
});
