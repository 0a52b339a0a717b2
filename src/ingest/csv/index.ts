// CSV and TSV files with a header row: one article a row, its fields found by column name
// (lexicons/<lang>/csv-columns.tsv) or given by the user.
import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Article } from '../../document/index.js';
import { cachedLexicon, lexiconPath, readTable } from '../../nlp/lexicon.js';
import { parsePartialDate, parsePublishedDate } from '../dates.js';
import type { IngestProblem, SourceItem } from '../formats.js';
import { articleId } from '../formats.js';

export const CSV_FIELDS = ['text', 'title', 'date', 'url', 'source', 'lang', 'author', 'id'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Column names the user gave for fields (`--text-column body`). */
export type CsvColumns = Partial<Record<CsvField, string>>;

function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Column name (as a key) → field, from every language's csv-columns.tsv. */
function columnAliases(): Map<string, CsvField> {
  return cachedLexicon('csv-columns', () => {
    const aliases = new Map<string, CsvField>();
    const root = lexiconPath('', '');
    for (const lang of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      const path = lexiconPath(lang, 'csv-columns.tsv');
      if (!existsSync(path)) continue;
      for (const { line, cells } of readTable(path)) {
        if (!(CSV_FIELDS as readonly string[]).includes(cells[0])) throw new Error(`${path}:${line}: unknown field "${cells[0]}"`);
        const key = columnKey(cells[1] ?? '');
        if (key && !aliases.has(key)) aliases.set(key, cells[0] as CsvField);
      }
    }
    return aliases;
  });
}

/** Which header column holds each field: given names first, then the field's own name, then an alias. */
export function findColumns(header: string[], given: CsvColumns = {}): Partial<Record<CsvField, number>> {
  const keys = header.map(columnKey);
  const found: Partial<Record<CsvField, number>> = {};
  const aliases = columnAliases();
  for (const field of CSV_FIELDS) {
    const name = given[field];
    if (name !== undefined) {
      const index = header.indexOf(name) >= 0 ? header.indexOf(name) : keys.indexOf(columnKey(name));
      if (index < 0) throw new Error(`no column "${name}" (--${field}-column) in the header: ${header.join(', ')}`);
      found[field] = index;
      continue;
    }
    const own = keys.indexOf(field);
    const alias = keys.findIndex((k) => aliases.get(k) === field);
    if (own >= 0) found[field] = own;
    else if (alias >= 0) found[field] = alias;
  }
  return found;
}

/** True when a first line reads as a CSV/TSV header naming a text column. */
export function looksLikeCsvHeader(firstLine: string, delimiter: string): boolean {
  const cells = firstLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.length < 2 || cells.some((c) => c.length > 40)) return false;
  return findColumns(cells).text !== undefined;
}

interface Row {
  record: string[];
  info: { lines: number };
}

function rowDate(raw: string): string | null {
  if (!raw.trim()) return null;
  try {
    return parsePartialDate(raw);
  } catch (err) {
    const loose = parsePublishedDate(raw);
    if (loose) return loose;
    throw err;
  }
}

/** The articles of a CSV or TSV file, one a row; a bad row is reported with its line and skipped. */
export function* readCsvArticles(content: string, file: string, delimiter: ',' | '\t', given: CsvColumns = {}): Generator<SourceItem> {
  const skipped: IngestProblem[] = [];
  let rows: Row[];
  try {
    rows = parse(content, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: delimiter === '\t',
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) skipped.push({ file, line: Number(err.lines), severity: 'error', message: err.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') });
        return undefined;
      },
    }) as unknown as Row[];
  } catch (err) {
    const lines = (err as { lines?: number }).lines;
    yield { article: null, problems: [{ file, ...(lines ? { line: lines } : {}), severity: 'error', message: `malformed CSV: ${(err as Error).message}` }] };
    return;
  }
  for (const problem of skipped) yield { article: null, problems: [problem] };
  if (rows.length === 0) {
    yield { article: null, problems: [{ file, severity: 'error', message: 'no header row' }] };
    return;
  }
  const header = rows[0].record.map((h) => h.trim());
  let columns: Partial<Record<CsvField, number>>;
  try {
    columns = findColumns(header, given);
  } catch (err) {
    yield { article: null, problems: [{ file, line: 1, severity: 'error', message: (err as Error).message }] };
    return;
  }
  if (columns.text === undefined) {
    yield { article: null, problems: [{ file, line: 1, severity: 'error', message: `no text column in the header: ${header.join(', ')} (name it with --text-column)` }] };
    return;
  }
  for (const { record, info } of rows.slice(1)) {
    const at = { file, line: info.lines };
    if (record.length !== header.length) {
      yield { article: null, problems: [{ ...at, severity: 'error', message: `the row has ${record.length} fields, the header ${header.length}` }] };
      continue;
    }
    const cell = (field: CsvField) => (columns[field] === undefined ? null : record[columns[field]!].trim() || null);
    const text = cell('text');
    if (!text) {
      yield { article: null, problems: [{ ...at, severity: 'error', message: `empty text column "${header[columns.text]}"` }] };
      continue;
    }
    let date: string | null;
    try {
      date = cell('date') === null ? null : rowDate(cell('date')!);
    } catch (err) {
      yield { article: null, problems: [{ ...at, severity: 'error', message: (err as Error).message }] };
      continue;
    }
    const source = cell('source');
    const url = cell('url');
    const article: Article = {
      id: articleId(text, source ?? url),
      externalId: cell('id'),
      source,
      url,
      title: cell('title'),
      text: text.replace(/\r\n?/g, '\n'),
      date,
      lang: cell('lang'),
      author: cell('author'),
      origin: at,
    };
    yield { article, problems: date === null ? [{ ...at, severity: 'warning', message: 'no date; events will carry no date' }] : [] };
  }
}
