import type { ComponentChildren } from 'preact';
import type { Alert, Stats, TopDyad } from '../api';
import { useApi } from '../api';
import { StackedBars } from '../charts/stacked-bars';
import { timelineBars } from '../charts/timeline';
import { Sparkline } from '../charts/sparkline';
import { DyadPicker } from '../components/dyad-picker';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { href } from '../router';

export function AlertList({ alerts }: { alerts: Alert[] }) {
  const { t } = useT();
  if (alerts.length === 0) return <p class="muted">{t('noAlerts')}</p>;
  return (
    <ul class="alerts">
      {alerts.map((a) => (
        <li key={a.id}>
          <a href={href(['dyad', a.a, a.b], { day: a.day })}>
            <strong>
              {a.a}–{a.b}
            </strong>{' '}
            {a.day}
          </a>{' '}
          <span class="muted">
            {t('z')} = {a.z.toFixed(1)}, {a.articles} {t('articles').toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TopDyads({ dyads }: { dyads: TopDyad[] }) {
  const { t } = useT();
  if (dyads.length === 0) return <p class="muted">{t('noData')}</p>;
  return (
    <div class="table-wrap">
      <table class="top-dyads">
        <thead>
          <tr>
            <th>{t('pair')}</th>
            <th>{t('events')}</th>
            <th>{t('intensity')}</th>
            <th>{t('trend')}</th>
          </tr>
        </thead>
        <tbody>
          {dyads.map((d) => (
            <tr key={d.a + d.b}>
              <td>
                <a href={href(['dyad', d.a, d.b])} class="dyad-link">
                  {d.a}–{d.b}
                </a>
                {d.alerts > 0 && <span class="badge alert-badge">⚠ {d.alerts}</span>}
              </td>
              <td>{d.events}</td>
              <td>{d.conflict_intensity.toFixed(1)}</td>
              <td>
                <Sparkline values={d.spark.map((s) => s.conflict_intensity)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CountRow {
  key: string;
  label: ComponentChildren;
  articles: number;
  events: number;
}

function CountsTable({ heading, rows }: { heading: string; rows: CountRow[] }) {
  const { t } = useT();
  return (
    <table class="counts">
      <thead>
        <tr>
          <th>{heading}</th>
          <th>{t('articles')}</th>
          <th>{t('events')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td>{r.articles}</td>
            <td>{r.events}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Overview() {
  const { t } = useT();
  const stats = useApi<Stats>('api/stats');
  const top = useApi<{ since: string | null; dyads: TopDyad[] }>('api/dyads/top?limit=8');
  const alerts = useApi<{ alerts: Alert[] }>('api/alerts?limit=8');
  return (
    <div class="overview">
      <section class="cards">
        {stats.data ? (
          (['articles', 'events', 'alerts', 'dyad_days'] as const).map((k) => (
            <div class="card" key={k}>
              <div class="number">{stats.data![k].toLocaleString()}</div>
              <div class="muted">{t(k === 'dyad_days' ? 'dyadDays' : k)}</div>
            </div>
          ))
        ) : (
          <Status loaded={stats} />
        )}
      </section>
      <section class="panel wide">
        <h2>{t('eventsOverTime')}</h2>
        {stats.data ? <StackedBars bars={timelineBars(stats.data.timeline)} /> : <Status loaded={stats} />}
      </section>
      <section class="panel">
        <h2>
          {t('topDyads')} {top.data?.since && <span class="muted small">({t('since')} {top.data.since})</span>}
        </h2>
        <DyadPicker />
        {top.data ? <TopDyads dyads={top.data.dyads} /> : <Status loaded={top} />}
      </section>
      <section class="panel">
        <h2>{t('latestAlerts')}</h2>
        {alerts.data ? <AlertList alerts={alerts.data.alerts} /> : <Status loaded={alerts} />}
      </section>
      <section class="panel">
        <h2>{t('perLanguage')}</h2>
        {stats.data && (
          <CountsTable
            heading={t('lang')}
            rows={stats.data.languages.map((l) => ({ key: l.lang, label: <a href={href(['events'], { lang: l.lang })}>{l.lang}</a>, ...l }))}
          />
        )}
      </section>
      <section class="panel">
        <h2>{t('perSource')}</h2>
        {stats.data && <CountsTable heading={t('source')} rows={stats.data.sources.map((s) => ({ key: s.source, label: s.source || '–', ...s }))} />}
      </section>
    </div>
  );
}
