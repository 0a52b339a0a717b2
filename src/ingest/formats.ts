import { createHash } from 'node:crypto';
import type { Article } from '../document/index.js';
import { articleDate } from './dates.js';
import { normaliseLanguage } from '../nlp/index.js';

export interface IngestProblem {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * What one input record gave. `pageUrl` is set for a feed item that holds only a summary (or
 * nothing): the page that has its full text, for `--fetch`.
 */
export type SourceItem = ({ article: Article } | { article: null }) & { problems: IngestProblem[]; pageUrl?: string };

/** Whitespace-collapsed, NFC-normalised text: the same article re-wrapped or re-encoded hashes the same. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An article's id: a hash of its normalised text and its source, so re-ingesting never duplicates. */
export function articleId(text: string, source: string | null): string {
  return createHash('sha256')
    .update(normaliseText(text))
    .update('\u0000')
    .update((source ?? '').trim().toLowerCase())
    .digest('hex')
    .slice(0, 20);
}

const HEADER = /^(title|source|url|lang)\s*:\s*(.*)$/i;
// "date 2022-01" may stand on its own line or open the first line of the text (as in the seed).
const DATE_HEADER = /^\s*date\s*[: ]\s*(\d\S*)[ \t]*/i;

/**
 * Reads a plain-text article: optional header lines at the top (`date 2022-01`, `title: ...`,
 * `source: ...`, `url: ...`, `lang: ...`), then the body. The date header may be followed by the
 * first words of the text on the same line.
 */
export function parseTextArticle(content: string, file: string): SourceItem {
  const problems: IngestProblem[] = [];
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const header: Record<string, string> = {};
  let dateLine = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const date = header.date === undefined ? DATE_HEADER.exec(lines[i]) : null;
    if (date) {
      header.date = date[1];
      dateLine = i + 1;
      lines[i] = lines[i].slice(date[0].length);
      if (lines[i].trim()) break;
      continue;
    }
    const m = HEADER.exec(lines[i].trim());
    if (!m || header[m[1].toLowerCase()] !== undefined) break;
    header[m[1].toLowerCase()] = m[2].trim();
  }
  const text = lines.slice(i).join('\n').trim();
  if (!text) return { article: null, problems: [{ file, severity: 'error', message: 'no article text (the file is empty or only has header lines)' }] };
  let date: string | null = null;
  if (header.date !== undefined) {
    try {
      date = articleDate(header.date);
    } catch (err) {
      return { article: null, problems: [{ file, line: dateLine, severity: 'error', message: (err as Error).message }] };
    }
  } else {
    problems.push({ file, severity: 'warning', message: 'no date header; events will carry no date' });
  }
  const source = header.source || null;
  const url = header.url || null;
  const article: Article = {
    id: articleId(text, source ?? url),
    externalId: file.split('/').pop() ?? file,
    source,
    url,
    title: header.title || null,
    text,
    date,
    lang: languageTag(header.lang || null, { file }, problems),
    origin: { file },
  };
  return { article, problems };
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  throw new Error(`field "${field}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}`);
}

/** A language tag as given ("nl", "en-GB", "Dutch"), or null with a warning when it is none: the text then says. */
function languageTag(lang: string | null, at: Pick<IngestProblem, 'file' | 'line'>, problems: IngestProblem[]): string | null {
  if (lang === null || normaliseLanguage(lang) !== null) return lang;
  problems.push({ ...at, severity: 'warning', message: `lang "${lang.slice(0, 40)}" is not a language code (nl, en, ...) or name: the language is identified from the text` });
  return null;
}

/** Reads one JSON Lines record (`id, text, title, date, lang, url, source`; other fields ignored). */
export function parseJsonRecord(line: string, file: string, lineNumber: number): SourceItem {
  const at = { file, line: lineNumber };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { article: null, problems: [{ ...at, severity: 'error', message: `malformed JSON: ${(err as Error).message}` }] };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { article: null, problems: [{ ...at, severity: 'error', message: 'a line must hold one JSON object' }] };
  }
  const r = record as Record<string, unknown>;
  const problems: IngestProblem[] = [];
  try {
    if (typeof r.text !== 'string' || !r.text.trim()) throw new Error('missing or empty "text"');
    const text = r.text.replace(/\r\n/g, '\n').trim();
    const source = optionalString(r.source, 'source');
    const url = optionalString(r.url, 'url');
    const rawDate = optionalString(r.date, 'date');
    const date = rawDate === null ? null : articleDate(rawDate);
    if (date === null) problems.push({ ...at, severity: 'warning', message: 'no date; events will carry no date' });
    const article: Article = {
      id: articleId(text, source ?? url),
      externalId: optionalString(r.id, 'id'),
      source,
      url,
      title: optionalString(r.title, 'title'),
      text,
      date,
      lang: languageTag(optionalString(r.lang, 'lang'), at, problems),
      origin: at,
    };
    return { article, problems };
  } catch (err) {
    return { article: null, problems: [{ ...at, severity: 'error', message: (err as Error).message }] };
  }
}

/** True when the content reads as JSON Lines (its first non-blank character opens an object). */
export function looksLikeJsonLines(content: string): boolean {
  return /^\s*\{/.test(content);
}
