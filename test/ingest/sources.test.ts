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

  it('reads invalid UTF-8 as Windows-1252 with a warning naming the line', () => {
    const bytes = Buffer.from('date 2022-01-01\nOekra\xefne en de NAVO \x96 \x80 5.', 'latin1');
    const items = [...readInputFile('cp1252.txt', bytes)];
    expect(items[0].problems).toEqual([{ file: 'cp1252.txt', line: 2, severity: 'warning', message: 'not valid UTF-8; line read as Windows-1252' }]);
    expect(items[1].article?.text).toBe('Oekraïne en de NAVO – € 5.');
  });

  it('reports one invalid byte in a JSON Lines file at its line and keeps the other lines intact', () => {
    const content = Buffer.concat([
      Buffer.from('{"id":"1","text":"Oekraïne en “de” NAVO."}\n'),
      Buffer.from('{"id":"2","text":"caf\xe9"}\n', 'latin1'),
      Buffer.from('{"id":"3","text":"Kyiv’s reply."}\n'),
    ]);
    const items = [...readInputFile('mixed.jsonl', content)];
    expect(items[0].problems).toEqual([{ file: 'mixed.jsonl', line: 2, severity: 'warning', message: 'not valid UTF-8; line read as Windows-1252' }]);
    expect(items.slice(1).map((i) => i.article?.text)).toEqual(['Oekraïne en “de” NAVO.', 'café', 'Kyiv’s reply.']);
  });

  it('reads a UTF-16 file with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"Oekraïne € 5."}\n', 'utf16le')]);
    const items = [...readInputFile('utf16.jsonl', bytes)];
    expect(items[0].article?.text).toBe('Oekraïne € 5.');
  });

  it('reads text with a NUL byte without it, and says so', () => {
    const items = [...readInputFile('nul.txt', Buffer.from('date 2022-01-01\nDe NAVO\u0000 vergaderde.'))];
    expect(items[0].problems).toEqual([{ file: 'nul.txt', line: 2, severity: 'warning', message: '1 NUL character removed' }]);
    expect(items[1].article?.text).toBe('De NAVO vergaderde.');
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
