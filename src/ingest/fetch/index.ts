// Fetching a page or feed politely and safely: one User-Agent that says who is asking, robots.txt
// obeyed (per origin, read once), a time limit over the whole exchange, a size limit on the body,
// redirects followed by hand so that their number is bounded and a loop is named, and
// conditional requests (ETag, Last-Modified) for the watcher.
import robotsParser from 'robots-parser';
import { contentTypeCharset } from '../detect.js';

export const USER_AGENT = 'Paraat/0.1 (news event coder; reads feeds and pages it is given, obeys robots.txt)';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Obey robots.txt (default true). */
  robots: boolean;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, userAgent: USER_AGENT, robots: true };

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** True for a 304 answer to a conditional request: there is no body. */
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** A fetch that did not give a usable body; the message names the URL's problem. */
export class FetchError extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
}

// robots-parser is CommonJS with an ES-style declaration: its function is the default import at run time.
const parseRobots = ((robotsParser as unknown as { default?: unknown }).default ?? robotsParser) as (url: string, text: string) => Robots;

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchError(`${url}: the body is ${declared} bytes, over the limit of ${maxBytes}`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(`${url}: the body is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export class Fetcher {
  private readonly robotsByOrigin = new Map<string, Promise<Robots | null>>();
  readonly limits: FetchLimits;

  constructor(limits: Partial<FetchLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Fetches a URL (following redirects within the limit); throws FetchError with the reason. */
  async fetch(url: string, validators: Validators = {}): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    try {
      return await this.follow(url, validators, signal);
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if ((err as Error).name === 'TimeoutError' || signal.aborted) throw new FetchError(`${url}: no complete answer within ${this.limits.timeoutMs / 1000}s`);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new FetchError(`${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
    }
  }

  private async follow(start: string, validators: Validators, signal: AbortSignal): Promise<Fetched> {
    const visited = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new FetchError(`${url}: not a URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`${url}: only http and https URLs are fetched`);
      if (visited.has(url)) throw new FetchError(`${start}: redirect loop (back to ${url})`);
      visited.add(url);
      if (this.limits.robots && !(await this.allowed(parsed, signal))) throw new FetchError(`${url}: robots.txt does not allow ${this.limits.userAgent.split(' ')[0]} to fetch it`);
      const headers: Record<string, string> = { 'user-agent': this.limits.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchError(`${url}: redirect (${response.status}) without a Location`);
        if (hop >= this.limits.maxRedirects) throw new FetchError(`${start}: more than ${this.limits.maxRedirects} redirects`);
        url = new URL(location, url).href;
        continue;
      }
      const meta = {
        url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        charset: contentTypeCharset(response.headers.get('content-type')),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304) {
        await response.body?.cancel();
        return { ...meta, notModified: true, bytes: new Uint8Array() };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      return { ...meta, notModified: false, bytes: await readLimited(response, this.limits.maxBytes, url) };
    }
  }

  /** robots.txt of the URL's origin, read once: a missing one (4xx) allows all, an unreachable one (5xx) nothing. */
  private async allowed(url: URL, signal: AbortSignal): Promise<boolean> {
    let robots = this.robotsByOrigin.get(url.origin);
    if (!robots) {
      robots = this.readRobots(url.origin, signal);
      this.robotsByOrigin.set(url.origin, robots);
    }
    const rules = await robots;
    return rules === null ? false : rules.isAllowed(url.href, this.limits.userAgent.split('/')[0]) !== false;
  }

  private async readRobots(origin: string, signal: AbortSignal): Promise<Robots | null> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await fetch(robotsUrl, { headers: { 'user-agent': this.limits.userAgent }, redirect: 'follow', signal });
      if (response.status >= 500) {
        await response.body?.cancel();
        return null;
      }
      const text = response.ok ? new TextDecoder().decode(await readLimited(response, 512 * 1024, robotsUrl)) : '';
      if (!response.ok) await response.body?.cancel();
      return parseRobots(robotsUrl, text);
    } catch (err) {
      if (err instanceof FetchError) return parseRobots(robotsUrl, '');
      this.robotsByOrigin.delete(origin);
      throw err;
    }
  }
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
