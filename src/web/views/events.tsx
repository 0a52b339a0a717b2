import { useEffect, useState } from 'preact/hooks';
import type { EventItem, EventPage } from '../api';
import { getJson, query } from '../api';
import { EventTable } from '../components/event-table';
import { useT } from '../i18n';
import { href } from '../router';

const FIELDS = ['actor', 'recipient', 'type', 'quad', 'lang', 'since', 'until', 'q'] as const;
type Field = (typeof FIELDS)[number];

/** The events list: filters live in the URL, pages are appended with the API's cursor. */
export function EventsView({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const filters = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as Record<Field, string>;
  const key = query(filters);
  const [events, setEvents] = useState<EventItem[]>([]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const load = async (after: number | null, previous: EventItem[]) => {
    setLoading(true);
    try {
      const page = await getJson<EventPage>(`api/events${query({ ...filters, cursor: after ?? undefined, limit: 50 })}`);
      setEvents([...previous, ...page.events]);
      setCursor(page.next_cursor);
      setError(null);
    } catch (err) {
      setEvents([]);
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(null, []), [key]);
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    location.hash = href(['events'], Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '').trim()])));
  };
  return (
    <div class="events-view">
      <h1>{t('events')}</h1>
      <form class="filters" onSubmit={submit} key={key}>
        <label>
          {t('actor')} <input name="actor" defaultValue={filters.actor} size={6} />
        </label>
        <label>
          {t('recipient')} <input name="recipient" defaultValue={filters.recipient} size={6} />
        </label>
        <label>
          {t('type')} <input name="type" defaultValue={filters.type} size={9} />
        </label>
        <label>
          {t('quad')}
          <select name="quad" defaultValue={filters.quad}>
            <option value="">{t('any')}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q} · {t(`q${q}` as 'q1')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lang')}
          <select name="lang" defaultValue={filters.lang}>
            <option value="">{t('any')}</option>
            <option value="en">en</option>
            <option value="nl">nl</option>
          </select>
        </label>
        <label>
          {t('since')} <input name="since" defaultValue={filters.since} placeholder="2024-01" size={10} />
        </label>
        <label>
          {t('until')} <input name="until" defaultValue={filters.until} placeholder="2024-12-31" size={10} />
        </label>
        <label class="grow">
          {t('search')} <input name="q" type="search" defaultValue={filters.q} />
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {t('error')}: {error}
        </p>
      )}
      <EventTable events={events} />
      {cursor !== null && (
        <button type="button" class="more" disabled={loading} onClick={() => load(cursor, events)}>
          {t('more')}
        </button>
      )}
    </div>
  );
}
