import { useEffect, useState } from 'preact/hooks';

// The API's types are the server's own; `import type` keeps server code out of the bundle.
import type { ArticleInfo, QuoteRow, TextSpan } from '../server/queries/articles';
import type { EventRecord as EventItem } from '../store/store';
import type { AlertRow, SeriesPoint, TopDyad } from '../analytics/queries';

export type { ActorRef, Quantity } from '../document/index';
export type { ArticleInfo, QuoteRow, SpanKind, TextSpan } from '../server/queries/articles';
export type { EventItem, SeriesPoint, TopDyad };
export type Alert = AlertRow;

export interface ArticleView extends ArticleInfo {
  text: string;
  spans: TextSpan[];
  events: EventItem[];
  quotes: QuoteRow[];
}

export interface EventView {
  event: EventItem;
  article: ArticleInfo;
  spans: TextSpan[];
  quotes: QuoteRow[];
}

export interface Stats {
  articles: number;
  events: number;
  dyad_days: number;
  alerts: number;
  languages: { lang: string; articles: number; events: number }[];
  sources: { source: string; articles: number; events: number }[];
  timeline: { day: string; q1: number; q2: number; q3: number; q4: number }[];
}

export interface Series {
  a: string;
  b: string;
  points: SeriesPoint[];
  alerts: Alert[];
}

/** A watched feed as GET /api/feeds gives it; timestamps are ISO, null before the first poll. */
export interface Feed {
  url: string;
  last_poll: string | null;
  last_success: string | null;
  next_poll: string | null;
  /** Articles stored from the feed, over all runs. */
  items: number;
  /** Failed polls since the last success. */
  failures: number;
  last_error: string | null;
}

export interface EventPage {
  events: EventItem[];
  next_cursor: number | null;
}

export class ApiError extends Error {}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new ApiError(body.message ?? response.statusText);
  return body as T;
}

export interface Loaded<T> {
  data: T | null;
  error: string | null;
}

/** Fetches a URL whenever it changes; stale answers to earlier URLs are dropped. */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  useEffect(() => {
    if (!url) return;
    let current = true;
    setState({ data: null, error: null });
    getJson<T>(url).then(
      (data) => current && setState({ data, error: null }),
      (err: Error) => current && setState({ data: null, error: err.message }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? '?' + s : '';
}
