import { describe, expect, it } from 'vitest';
import { findColumns, readCsvArticles } from '../../../src/ingest/csv/index.js';

const read = (content: string, delimiter: ',' | '\t' = ',', columns = {}) => [...readCsvArticles(content, 'a.csv', delimiter, columns)];

describe('CSV and TSV articles', () => {
  it('finds the columns by field name, by an English or a Dutch alias, ignoring case and spacing', () => {
    expect(findColumns(['', 'Date', 'Text', 'source'])).toEqual({ date: 1, text: 2, source: 3 });
    expect(findColumns(['Publication Date', 'Publisher', 'Author', 'Headline', 'URL', 'Body'])).toEqual({ date: 0, source: 1, author: 2, title: 3, url: 4, text: 5 });
    expect(findColumns(['datum', 'titel', 'tekst', 'bron', 'taal'])).toEqual({ date: 0, title: 1, text: 2, source: 3, lang: 4 });
  });

  it('reads one article a row with its line, quoted fields over several lines included', () => {
    const items = read('id,date,text,source\n7,2019-04-10,"Talks on the transfer, in Baghdad.\nSecond line.",Guardian\n8,2019-04-11,Iraq asks a fee.,Guardian\n');
    expect(items.map((i) => [i.article?.externalId, i.article?.date, i.article?.text, i.article?.origin.line])).toEqual([
      ['7', '2019-04-10', 'Talks on the transfer, in Baghdad.\nSecond line.', 3],
      ['8', '2019-04-11', 'Iraq asks a fee.', 4],
    ]);
  });

  it('takes columns the user names, and refuses a name the header lacks', () => {
    const items = read('published\tbody\n2020-10-21\tHet kabinet viel.\n', '\t', { text: 'body', date: 'published' });
    expect(items[0].article).toMatchObject({ text: 'Het kabinet viel.', date: '2020-10-21' });
    expect(read('a,b\n1,2\n', ',', { text: 'body' })[0].problems).toEqual([{ file: 'a.csv', line: 1, severity: 'error', message: 'no column "body" (--text-column) in the header: a, b' }]);
  });

  it('refuses a file without a text column, with the header it saw', () => {
    expect(read('id,summary,when\n1,x,2020\n')).toEqual([
      { article: null, problems: [{ file: 'a.csv', line: 1, severity: 'error', message: 'no text column in the header: id, summary, when (name it with --text-column)' }] },
    ]);
  });

  it('reports a row with the wrong number of fields, or a bad date, with its line and goes on', () => {
    const items = read('date,text\n2020-01-01,One.\n2020-01-02,Two.,extra\n2020-02-30,Three.\n2020-01-04,Four.\n');
    expect(items.filter((i) => i.article).map((i) => i.article!.text)).toEqual(['One.', 'Four.']);
    expect(items.flatMap((i) => i.problems)).toEqual([
      { file: 'a.csv', line: 3, severity: 'error', message: 'the row has 3 fields, the header 2' },
      { file: 'a.csv', line: 4, severity: 'error', message: 'date "2020-02-30": 2020-02 has no day 30' },
    ]);
  });

  it('reads dates as publishers write them in exports', () => {
    const items = read('date,text\n2019-04-10 08:15:00,One.\n"Wed, 10 Apr 2019 08:15:00 GMT",Two.\n');
    expect(items.map((i) => i.article?.date)).toEqual(['2019-04-10', '2019-04-10']);
  });
});
