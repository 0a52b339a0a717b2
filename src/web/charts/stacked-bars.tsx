import { useT } from '../i18n';

export interface StackedBar {
  label: string;
  values: number[];
}

const WIDTH = 800;
const HEIGHT = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };

/** Bars stacked by QuadClass (1 at the bottom … 4 at the top), one per day or week. */
export function StackedBars({ bars }: { bars: StackedBar[] }) {
  const { t } = useT();
  if (bars.length === 0) return <p class="muted">{t('noData')}</p>;
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((s, v) => s + v, 0)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / bars.length;
  const y = (v: number) => (v / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 8));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('eventsOverTime')}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} class="axis" />
        <text x={PAD.left - 4} y={PAD.top + 10} class="tick" text-anchor="end">
          {max}
        </text>
        {bars.map((bar, i) => {
          let base = HEIGHT - PAD.bottom;
          const x = PAD.left + i * step;
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${bar.values.map((v, q) => `${t(`q${q + 1}` as 'q1')} ${v}`).join(', ')}`}</title>
              {bar.values.map((v, q) => {
                const h = y(v);
                base -= h;
                return v > 0 ? <rect key={q} x={x + step * 0.1} width={Math.max(1, step * 0.8)} y={base} height={h} class={`quad-${q + 1}`} /> : null;
              })}
              {i % labelEvery === 0 && (
                <text x={x + step / 2} y={HEIGHT - 6} class="tick" text-anchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {[1, 2, 3, 4].map((q) => (
          <span key={q}>
            <i class={`swatch quad-${q}`} /> {t(`q${q}` as 'q1')}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
