import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { paraat, tempDir } from './run.js';

const SENTENCE = 'Police arrested twelve protesters in Minsk. ';

function texts(db: string): string[] {
  const handle = new Database(db, { readonly: true });
  try {
    return (handle.prepare('SELECT text FROM articles ORDER BY text').all() as { text: string }[]).map((r) => r.text);
  } finally {
    handle.close();
  }
}

describe('ingest limits', () => {
  const input = () => {
    const dir = tempDir();
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, [JSON.stringify({ text: SENTENCE.repeat(30).trim(), date: '2021-05-01', lang: 'en' }), JSON.stringify({ text: 'Belarus expelled two diplomats.', date: '2021-05-02', lang: 'en' })].join('\n'));
    return { dir, file, db: join(dir, 'p.db') };
  };

  it('refuses an article over --max-article-bytes by default, naming file and line, and stores the rest', () => {
    const { file, db } = input();
    const run = paraat(['ingest', file, '--db', db, '--max-article-bytes', '500']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:1: error: article text is 1.3 kB, more than the limit of 500 bytes (--max-article-bytes): refused (--oversize cut keeps its beginning)`);
    expect(texts(db)).toEqual(['Belarus expelled two diplomats.']);
  });

  it('cuts it to its beginning with --oversize cut, with a warning', () => {
    const { file, db } = input();
    const run = paraat(['ingest', file, '--db', db, '--max-article-bytes', '100', '--oversize', 'cut']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${file}:1: warning: article text is 1.3 kB, more than the limit of 100 bytes (--max-article-bytes): cut to its first 87 bytes`);
    expect(texts(db)).toEqual(['Belarus expelled two diplomats.', SENTENCE.repeat(2).trim()]);
  });

  it('caps the events stored per article with --max-events, with a warning', () => {
    const { file, db } = input();
    const run = paraat(['ingest', file, '--db', db, '--max-events', '1']);
    expect(run.stderr).toMatch(new RegExp(`${file}:1: warning: \\d+ events in one article, more than the limit of 1 \\(--max-events\\): the first 1 are stored`));
    const handle = new Database(db, { readonly: true });
    const perArticle = handle.prepare('SELECT count(*) n FROM events GROUP BY article_id').all() as { n: number }[];
    handle.close();
    expect(perArticle.every((r) => r.n === 1)).toBe(true);
  });

  it('refuses a limit that is not a whole number', () => {
    const { file, db } = input();
    const run = paraat(['ingest', file, '--db', db, '--max-article-bytes', 'Infinity']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-article-bytes must be a whole number of at least 1, not "Infinity"');
  });

  it('documents the limits in --help of ingest, extract and serve', () => {
    for (const command of ['ingest', 'extract']) {
      const help = paraat([command, '--help']).stdout;
      expect(help, command).toContain('--max-article-bytes N  longest article text, in bytes of UTF-8 (default 1000000: 1 MB)');
      expect(help, command).toContain('--oversize refuse|cut');
      expect(help, command).toContain('--max-events N         events stored per article (default 1000)');
    }
    const serve = paraat(['serve', '--help']).stdout;
    expect(serve).toContain('--max-body-bytes N     largest request body (default 10000000: 10 MB)');
    expect(serve).toContain('--allow-host NAME');
  });
});
