import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { contentTypeCharset, detectKind, sniffCharset } from '../../src/ingest/detect.js';

describe('input kind', () => {
  it('tells markup apart by its root element, whatever the file is called', () => {
    expect(detectKind('<?xml version="1.0"?>\n<!-- x --><rss version="2.0"><channel/></rss>', 'news.txt')).toBe('feed');
    expect(detectKind('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'a')).toBe('feed');
    expect(detectKind('<!DOCTYPE html><html><body><p>rss</p></body></html>', 'feed.xml')).toBe('html');
    expect(detectKind('<p>a fragment</p>', 'page.html')).toBe('html');
  });

  it('knows JSON Lines, CSV and TSV by content, name or Content-Type, and takes the rest as text', () => {
    expect(detectKind('{"text":"x"}', 'a.txt')).toBe('jsonl');
    expect(detectKind('date,title,text\n2020,a,b', 'export')).toBe('csv');
    expect(detectKind('Publication Date\tTitle\tText\n', 'export')).toBe('tsv');
    expect(detectKind('a;b\n1;2', 'x.csv')).toBe('csv');
    expect(detectKind('x,y\n1,2', 'data', 'text/csv; charset=utf-8')).toBe('csv');
    expect(detectKind('date 2022-01\nRusland, zei hij, valt aan.', 'a.txt')).toBe('text');
  });
});

describe('charset', () => {
  it('takes the byte-order mark first, then the transport, then the document', () => {
    expect(sniffCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0]), 'iso-8859-1')).toBe('utf-16le');
    expect(sniffCharset(new Uint8Array([0, 0x3c, 0, 0x3f]))).toBe('utf-16be');
    expect(sniffCharset(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>'), 'koi8-r')).toBe('koi8-r');
    expect(sniffCharset(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe('windows-1251');
    expect(sniffCharset(Buffer.from('<html><head><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
    expect(sniffCharset(Buffer.from('plain'))).toBeUndefined();
    expect(contentTypeCharset('text/html; charset="Windows-1252"')).toBe('Windows-1252');
  });

  it('decodes Windows-1252 for an ISO-8859-1 label, and warns about an unknown label', () => {
    expect(decodeText(Buffer.from([0x93, 0x4f, 0x65, 0x6b, 0x72, 0x61, 0xef, 0x6e, 0x65, 0x94]), 'ISO-8859-1')).toEqual({ text: '\u201cOekraïne\u201d', encoding: 'windows-1252', warnings: [] });
    expect(decodeText(Buffer.from('caf\xe9', 'latin1'), 'x-no-such')).toEqual({
      text: 'café',
      encoding: 'utf-8',
      warnings: [{ message: 'unknown charset "x-no-such"; read as UTF-8' }, { line: 1, message: 'not valid UTF-8; line read as Windows-1252' }],
    });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0]), 'utf-16le')).toEqual({ text: 'A', encoding: 'utf-16le', warnings: [] });
  });
});
