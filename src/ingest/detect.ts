// What an input is, from its bytes first and its name or Content-Type second: its charset (byte
// order mark, then the HTTP header, then the XML declaration or <meta charset>) and its kind.
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { looksLikeCsvHeader } from './csv/index.js';

export type InputKind = 'html' | 'feed' | 'csv' | 'tsv' | 'jsonl' | 'text';

const XML_ENCODING = /^<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset label of a document: byte-order mark, else the transport's label, else the document's own. */
export function sniffCharset(bytes: Uint8Array, headerCharset?: string | null): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  // "<" in UTF-16 without a byte-order mark.
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (headerCharset?.trim()) return headerCharset.trim();
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  return XML_ENCODING.exec(head.trimStart())?.[1] ?? META_CHARSET.exec(head)?.[1];
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

const FEED_ROOT = /<(rss|feed|rdf:rdf|rdf)[\s>]/i;
const HTML_ROOT = /<(!doctype\s+html|html|head|body)[\s>]/i;

function fromContentType(contentType: string): InputKind | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^(application|text)\/((rss|atom|rdf)\+)?xml$/.test(type)) return 'feed';
  if (type === 'text/csv') return 'csv';
  if (type === 'text/tab-separated-values') return 'tsv';
  return null;
}

/**
 * The kind of a decoded input. Markup is told apart by its root element whatever it is called;
 * a name or Content-Type decides only what the content leaves open (CSV against plain text).
 */
export function detectKind(text: string, name: string, contentType?: string | null): InputKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  const extension = extname(name.replace(/[?#].*$/, '')).toLowerCase();
  const declared = contentType ? fromContentType(contentType) : null;
  if (start.startsWith('<')) {
    const head = start.slice(0, 8192).replace(/<!--[\s\S]*?-->/g, '');
    const feed = FEED_ROOT.exec(head);
    const html = HTML_ROOT.exec(head);
    if (feed && (!html || feed.index < html.index)) return 'feed';
    if (html) return 'html';
    return declared === 'html' || extension === '.html' || extension === '.htm' ? 'html' : 'feed';
  }
  if (declared === 'csv' || declared === 'tsv') return declared;
  if (extension === '.csv') return 'csv';
  if (extension === '.tsv' || extension === '.tab') return 'tsv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  const firstLine = start.split(/\r?\n/, 1)[0];
  if (looksLikeCsvHeader(firstLine, '\t')) return 'tsv';
  if (looksLikeCsvHeader(firstLine, ',')) return 'csv';
  return 'text';
}

/**
 * C1 control characters (U+0080–U+009F) stand for the Windows-1252 quotes and dashes of those
 * bytes: text that was Windows-1252, read as ISO-8859-1 and re-encoded. No real text holds them.
 * (iconv-lite, not TextDecoder: Node's 'windows-1252' decoder maps 0x80–0x9F to these controls.)
 */
export function repairC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => iconv.decode(Buffer.from([c.charCodeAt(0)]), 'windows-1252'));
}
