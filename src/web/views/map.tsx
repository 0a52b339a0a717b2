import { useEffect, useState } from 'preact/hooks';
import { query, useApi } from '../api';
import { PeriodForm } from '../components/period-form';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { ALPHA3_BY_NUMERIC } from '../map/iso-numeric';
import type { CountryShape } from '../map/shapes';
import { loadCountryShapes } from '../map/shapes';
import { href } from '../router';

interface CountryCount {
  code: string;
  events: number;
  goldstein: number | null;
}

/** Shade by events on a log scale, so one busy country does not wash out the rest. */
function shade(events: number, max: number): string {
  if (events === 0) return '#eef0f3';
  const level = Math.log1p(events) / Math.log1p(max);
  return `rgb(${Math.round(255 - 75 * level)}, ${Math.round(230 - 190 * level)}, ${Math.round(200 - 170 * level)})`;
}

export function MapView({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const since = params.get('since') ?? '';
  const until = params.get('until') ?? '';
  const counts = useApi<{ countries: CountryCount[] }>(`api/countries${query({ since, until, limit: 1000 })}`);
  const [shapes, setShapes] = useState<CountryShape[] | null>(null);
  useEffect(() => void loadCountryShapes().then(setShapes), []);
  const byCode = new Map((counts.data?.countries ?? []).map((c) => [c.code, c]));
  const max = Math.max(1, ...(counts.data?.countries ?? []).map((c) => c.events));
  return (
    <div class="map-view">
      <h1>{t('map')}</h1>
      <p class="muted">{t('mapHelp')}</p>
      <PeriodForm view="map" since={since} until={until} />
      {!shapes || !counts.data ? (
        <Status loaded={counts} />
      ) : (
        <svg class="world" viewBox="0 10 960 400" role="img" aria-label={t('map')}>
          {shapes.map((s) => {
            const code = ALPHA3_BY_NUMERIC[s.id] ?? null;
            const count = code ? byCode.get(code) : undefined;
            const path = <path d={s.path} fill={shade(count?.events ?? 0, max)} class="country" data-code={code ?? ''}>
              <title>{`${s.name}${code ? ` (${code})` : ''}: ${count?.events ?? 0} ${t('events').toLowerCase()}`}</title>
            </path>;
            return count && code ? (
              <a key={s.id + s.name} href={href(['events'], { actor: code })}>
                {path}
              </a>
            ) : (
              <g key={s.id + s.name}>{path}</g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
