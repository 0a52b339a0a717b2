import type { Alert, SeriesPoint } from '../api';
import { useT } from '../i18n';

const WIDTH = 800;
const HEIGHT = 260;
const PAD = { left: 34, right: 12, top: 14, bottom: 24 };

/**
 * The pair's index over time (−10 … +10) with a faint bar per point for the number of events and a
 * red marker on alert days. Every point is a button: choosing one shows that day's events.
 */
export function IndexChart({ points, alerts, selected, onSelect }: { points: SeriesPoint[]; alerts: Alert[]; selected: string | null; onSelect: (date: string) => void }) {
  const { t } = useT();
  if (points.length === 0) return <p class="muted">{t('noData')}</p>;
  const first = Date.parse(points[0].date);
  const span = Math.max(1, Date.parse(points[points.length - 1].date) - first);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (date: string) => PAD.left + (points.length === 1 ? plotW / 2 : ((Date.parse(date) - first) / span) * plotW);
  const y = (v: number) => PAD.top + ((10 - v) / 20) * plotH;
  const maxEvents = Math.max(1, ...points.map((p) => p.events));
  const alertDays = new Set(alerts.map((a) => a.day));
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.index).toFixed(1)}`).join(' ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('indexOverTime')}>
        {[10, 5, 0, -5, -10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis' : 'grid'} />
            <text x={PAD.left - 4} y={y(v) + 4} class="tick" text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.map((p) => (
          <rect key={'b' + p.date} x={x(p.date) - 3} width={6} y={HEIGHT - PAD.bottom - (p.events / maxEvents) * plotH * 0.3} height={(p.events / maxEvents) * plotH * 0.3} class="count-bar" />
        ))}
        <path d={line} class="index-line" />
        {points.map((p) => (
          <circle
            key={p.date}
            cx={x(p.date)}
            cy={y(p.index)}
            r={selected === p.date ? 7 : 5}
            class={`point${alertDays.has(p.date) ? ' alert-point' : ''}${selected === p.date ? ' selected' : ''}`}
            data-date={p.date}
            tabIndex={0}
            role="button"
            onClick={() => onSelect(p.date)}
            onKeyDown={(e) => e.key === 'Enter' && onSelect(p.date)}
          >
            <title>{`${p.date}: index ${p.index.toFixed(2)}, ${p.events} events, ${p.articles} articles`}</title>
          </circle>
        ))}
        {alerts.map((a) => (
          <path key={'a' + a.id} d={`M${x(a.day) - 6},${PAD.top - 2} l12,0 l-6,10 z`} class="alert-marker">
            <title>{`${a.day}: z = ${a.z.toFixed(1)}`}</title>
          </path>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} class="tick">
          {points[0].date}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} class="tick" text-anchor="end">
          {points[points.length - 1].date}
        </text>
      </svg>
    </figure>
  );
}
