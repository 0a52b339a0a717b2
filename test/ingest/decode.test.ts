import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../src/ingest/decode.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

describe('decodeText', () => {
  it('maps the Windows-1252 bytes 0x80–0x9F to their characters, not to C1 controls', () => {
    const decoded = decodeText(bytes(0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x92), 'windows-1252');
    expect(decoded).toEqual({ text: '€ “a” – ’', encoding: 'windows-1252', warnings: [] });
  });

  it('reads an ISO-8859-1 label as Windows-1252, as browsers do', () => {
    expect(decodeText(bytes(0x93, 0x61, 0x94), 'ISO-8859-1').text).toBe('“a”');
  });

  it('reads other ISO-8859 charsets by their label', () => {
    // 0xA4 is the euro sign in ISO-8859-15 and the currency sign in ISO-8859-1.
    expect(decodeText(bytes(0xa4), 'iso-8859-15').text).toBe('€');
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    expect(decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Oekraïne €', 'utf16le')])))).toEqual({
      text: 'Oekraïne €',
      encoding: 'utf-16le',
      warnings: [],
    });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x4e, 0x20, 0xac)).text).toBe('N€');
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...Buffer.from('tekst'))).text).toBe('tekst');
  });

  it('reads only the line with an invalid byte as Windows-1252 and names that line', () => {
    const input = Buffer.concat([Buffer.from('Oekraïne\n'), Buffer.from(ascii('caf\xe9 \x93x\x94\n')), Buffer.from('€ 5\n')]);
    expect(decodeText(new Uint8Array(input))).toEqual({
      text: 'Oekraïne\ncafé “x”\n€ 5\n',
      encoding: 'utf-8',
      warnings: [{ line: 2, message: 'not valid UTF-8; line read as Windows-1252' }],
    });
  });

  it('removes NUL characters with a warning naming the first line', () => {
    expect(decodeText(new Uint8Array(Buffer.from('een\ntw\u0000ee\u0000')))).toEqual({
      text: 'een\ntwee',
      encoding: 'utf-8',
      warnings: [{ line: 2, message: '2 NUL characters removed' }],
    });
  });

  it('warns about an unknown charset label and reads UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('ë')), 'x-klingon')).toEqual({
      text: 'ë',
      encoding: 'utf-8',
      warnings: [{ message: 'unknown charset "x-klingon"; read as UTF-8' }],
    });
  });
});

describe('looksBinary', () => {
  it('takes a stray NUL in text for text, and NUL-filled or control-heavy bytes for binary', () => {
    const text = Buffer.from('A long enough line of text with one NUL here \u0000 and more words after it.');
    expect(looksBinary(new Uint8Array(text))).toBe(false);
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2))).toBe(true);
    expect(looksBinary(bytes(1, 2, 3, 4, 0x41))).toBe(true);
  });

  it('does not take UTF-16 with a byte-order mark for binary', () => {
    expect(looksBinary(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('tekst', 'utf16le')])))).toBe(false);
  });
});
