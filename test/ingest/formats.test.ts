import { describe, expect, it } from 'vitest';
import { articleDate, articleId, parseJsonRecord, parsePartialDate, parseTextArticle } from '../../src/ingest/index.js';

describe('plain-text articles', () => {
  it('reads the date, title, source and url headers and keeps the body', () => {
    const item = parseTextArticle('date 2022-01\ntitle: Troepen paraat\nsource: NOS\nurl: https://example.org/a\n\nDe NAVO stuurt schepen.\n', 'a.txt');
    expect(item.problems).toEqual([]);
    expect(item.article).toMatchObject({
      date: '2022-01',
      title: 'Troepen paraat',
      source: 'NOS',
      url: 'https://example.org/a',
      text: 'De NAVO stuurt schepen.',
      externalId: 'a.txt',
    });
  });

  it('accepts a file without headers, with a warning about the missing date', () => {
    const item = parseTextArticle('Russia attacked Ukraine.', 'b.txt');
    expect(item.article?.text).toBe('Russia attacked Ukraine.');
    expect(item.article?.date).toBeNull();
    expect(item.problems).toEqual([{ file: 'b.txt', severity: 'warning', message: 'no date header; events will carry no date' }]);
  });

  it('refuses an impossible date and names the file and line', () => {
    const item = parseTextArticle('title: x\ndate 2022-02-30\nText.', 'c.txt');
    expect(item.article).toBeNull();
    expect(item.problems[0]).toMatchObject({ file: 'c.txt', line: 2, severity: 'error' });
    expect(item.problems[0].message).toContain('has no day 30');
  });

  it('refuses a file with headers and no text', () => {
    const item = parseTextArticle('date 2022-01-01\n\n', 'd.txt');
    expect(item.article).toBeNull();
    expect(item.problems[0].message).toContain('no article text');
  });
});

describe('JSON Lines records', () => {
  it('reads the known fields and ignores the others', () => {
    const item = parseJsonRecord(JSON.stringify({ id: 'x1', text: 'Hallo wereld.', date: '2020-05-04', lang: 'nl', extra: [1, 2] }), 'f.jsonl', 3);
    expect(item.problems).toEqual([]);
    expect(item.article).toMatchObject({ externalId: 'x1', text: 'Hallo wereld.', date: '2020-05-04', lang: 'nl', origin: { file: 'f.jsonl', line: 3 } });
  });

  it('allows a null date and a missing lang', () => {
    const item = parseJsonRecord('{"id":"x","text":"Some text.","date":null}', 'f.jsonl', 1);
    expect(item.article?.date).toBeNull();
    expect(item.article?.lang).toBeNull();
    expect(item.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it.each([
    ['{"id": "x", "text": ', 'malformed JSON'],
    ['[1, 2]', 'one JSON object'],
    ['{"id": "x"}', 'missing or empty "text"'],
    ['{"id": "x", "text": "  "}', 'missing or empty "text"'],
    ['{"id": "x", "text": "t", "date": "yesterday"}', 'is not YYYY'],
    ['{"id": "x", "text": "t", "date": "2021-13"}', 'no month 13'],
    ['{"id": "x", "text": "t", "title": ["a"]}', '"title" must be a string'],
  ])('refuses %s with a message naming the line', (line, message) => {
    const item = parseJsonRecord(line, 'bad.jsonl', 7);
    expect(item.article).toBeNull();
    expect(item.problems[0]).toMatchObject({ file: 'bad.jsonl', line: 7, severity: 'error' });
    expect(item.problems[0].message).toContain(message);
  });
});

describe('partial dates', () => {
  it.each([
    ['2022', '2022'],
    ['2022-1', '2022-01'],
    ['2022-01-24', '2022-01-24'],
    ['2024-02-29', '2024-02-29'],
    ['2022-01-24T10:15:00Z', '2022-01-24'],
  ])('parses %s as %s', (input, expected) => expect(parsePartialDate(input)).toBe(expected));

  it.each(['2023-02-29', '2022-00', '22-01-01', '2022/01/01', ''])('refuses %s', (input) => {
    expect(() => parsePartialDate(input)).toThrow();
  });
});

describe('article ids', () => {
  it('ignore differences in whitespace but not in source', () => {
    expect(articleId('A  b\nc', 'NOS')).toBe(articleId('A b c', 'nos'));
    expect(articleId('A b c', 'NOS')).not.toBe(articleId('A b c', 'BBC'));
  });
});

describe('the seed layout', () => {
  it('reads a date header that opens the first line of the text', () => {
    const item = parseTextArticle(' date 2022-01 In de Verenigde Staten staan militairen paraat.\n\nDe NAVO reageert.', 'seed.txt');
    expect(item.article?.date).toBe('2022-01');
    expect(item.article?.text).toBe('In de Verenigde Staten staan militairen paraat.\n\nDe NAVO reageert.');
  });

  it('does not take a sentence that starts with the word "date" for a header', () => {
    const item = parseTextArticle('Date palms grow in Iraq.', 'palms.txt');
    expect(item.article?.text).toBe('Date palms grow in Iraq.');
    expect(item.article?.date).toBeNull();
  });
});

describe('implausible fields', () => {
  it('refuses an article dated decades ahead, in either format, and takes today and tomorrow', () => {
    expect(parseJsonRecord('{"text":"Vrede.","date":"2087-05-01"}', 'a.jsonl', 4).problems).toEqual([
      { file: 'a.jsonl', line: 4, severity: 'error', message: expect.stringMatching(/^date "2087-05-01" lies in the future \(today is \d{4}-\d{2}-\d{2}\)$/) },
    ]);
    expect(parseTextArticle('date 2087\nVrede.', 'a.txt').article).toBeNull();
    const today = new Date(Date.UTC(2026, 11, 8));
    expect(articleDate('2026-12-09', today)).toBe('2026-12-09');
    expect(articleDate('2026', today)).toBe('2026');
    expect(() => articleDate('2026-12-10', today)).toThrow('date "2026-12-10" lies in the future (today is 2026-12-08)');
    expect(() => articleDate('2027', today)).toThrow('lies in the future');
  });

  it('warns about a lang that is no language code and leaves the language to be identified', () => {
    const item = parseJsonRecord('{"text":"Vrede.","date":"2024-01-01","lang":"klingon"}', 'a.jsonl', 2);
    expect(item.article?.lang).toBeNull();
    expect(item.problems).toEqual([
      { file: 'a.jsonl', line: 2, severity: 'warning', message: 'lang "klingon" is not a language code (nl, en, ...) or name: the language is identified from the text' },
    ]);
    expect(parseTextArticle('date 2024-01-01\nlang: nl-BE\nVrede.', 'a.txt')).toMatchObject({ article: { lang: 'nl-BE' }, problems: [] });
    expect(parseJsonRecord('{"text":"Vrede.","date":"2024-01-01","lang":"Dutch"}', 'a.jsonl', 3)).toMatchObject({ article: { lang: 'Dutch' }, problems: [] });
  });

  it('refuses a text that is not a string, as the API does', () => {
    expect(parseJsonRecord('{"text":12345}', 'a.jsonl', 1).problems[0].message).toBe('missing or empty "text"');
  });
});
