import type { EventPage, Series } from '../api';
import { query, useApi } from '../api';
import { IndexChart } from '../charts/index-chart';
import { DyadPicker } from '../components/dyad-picker';
import { EventTable } from '../components/event-table';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { href } from '../router';
import { AlertList } from './overview';

function addDays(day: string, days: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One pair: its index over time with alerts; choosing a day (or week) lists that period's events. */
export function DyadView({ a, b, params }: { a: string; b: string; params: URLSearchParams }) {
  const { t } = useT();
  const interval = params.get('interval') === 'week' ? 'week' : 'day';
  const selected = params.get('day');
  const directed = params.get('directed') === 'true';
  const series = useApi<Series>(`api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series${query({ interval, directed: String(directed) })}`);
  const until = selected && (interval === 'week' ? addDays(selected, 6) : selected);
  const pair = directed ? { actor: a, recipient: b } : { dyad: `${a}-${b}` };
  const events = useApi<EventPage>(selected ? `api/events${query({ ...pair, since: selected, until, limit: 200 })}` : null);
  const go = (changes: Record<string, string | undefined>) =>
    (location.hash = href(['dyad', a, b], { interval, day: selected ?? undefined, directed: directed ? 'true' : undefined, ...changes }));
  return (
    <div class="dyad">
      <h1>{t('dyadTitle', { a, b })}</h1>
      <DyadPicker initial={[a, b]} />
      <section class="panel wide">
        <h2>{t('indexOverTime')}</h2>
        <div class="toggle" role="group">
          {(['day', 'week'] as const).map((i) => (
            <button key={i} type="button" aria-pressed={interval === i} onClick={() => go({ interval: i, day: undefined })}>
              {t(i)}
            </button>
          ))}
          <label class="directed">
            <input type="checkbox" checked={directed} onChange={(e) => go({ directed: e.currentTarget.checked ? 'true' : undefined, day: undefined })} />{' '}
            {t('directedOnly', { a, b })}
          </label>
        </div>
        {series.data ? (
          <IndexChart points={series.data.points} alerts={series.data.alerts} selected={selected} onSelect={(day) => go({ day })} />
        ) : (
          <Status loaded={series} />
        )}
        <p class="muted small">{t('clickPoint')}</p>
      </section>
      {selected && (
        <section class="panel wide day-events">
          <h2>{t('eventsOn', { day: until && until !== selected ? `${selected} – ${until}` : selected })}</h2>
          {events.data ? <EventTable events={events.data.events} /> : <Status loaded={events} />}
        </section>
      )}
      <section class="panel wide">
        <h2>{t('alerts')}</h2>
        {series.data && <AlertList alerts={series.data.alerts} />}
      </section>
    </div>
  );
}
