import { useMemo } from 'preact/hooks';
import { query, useApi } from '../api';
import { forceLayout } from '../charts/force-layout';
import { PeriodForm } from '../components/period-form';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { href } from '../router';

interface FlowEdge {
  source: string;
  target: string;
  events: number;
  score: number;
}

const WIDTH = 800;
const HEIGHT = 520;

/** Colour on the Goldstein scale: red for conflict, grey near zero, green for cooperation. */
export function scoreColour(score: number): string {
  const s = Math.max(-10, Math.min(10, score)) / 10;
  return s < 0 ? `rgb(${200}, ${Math.round(180 * (1 + s))}, ${Math.round(180 * (1 + s))})` : `rgb(${Math.round(180 * (1 - s))}, ${160}, ${Math.round(180 * (1 - s))})`;
}

export function NetworkView({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const since = params.get('since') ?? '';
  const until = params.get('until') ?? '';
  const loaded = useApi<{ edges: FlowEdge[] }>(`api/network${query({ since, until, limit: 150 })}`);
  const layout = useMemo(() => {
    const edges = loaded.data?.edges ?? [];
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    const nodes = forceLayout(ids, edges.map((e) => [e.source, e.target]), WIDTH, HEIGHT);
    return { edges, nodes: new Map(nodes.map((n) => [n.id, n])) };
  }, [loaded.data]);
  return (
    <div class="network-view">
      <h1>{t('network')}</h1>
      <p class="muted">{t('networkHelp')}</p>
      <PeriodForm view="network" since={since} until={until} />
      {!loaded.data ? (
        <Status loaded={loaded} />
      ) : layout.edges.length === 0 ? (
        <p class="muted">{t('noData')}</p>
      ) : (
        <svg class="network" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('network')}>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="25" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" fill="#777" />
            </marker>
          </defs>
          {layout.edges.map((e) => {
            const a = layout.nodes.get(e.source)!;
            const b = layout.nodes.get(e.target)!;
            return (
              <line key={e.source + e.target} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={scoreColour(e.score)} stroke-width={1 + Math.log2(1 + e.events)} marker-end="url(#arrow)" class="flow">
                <title>{`${e.source} → ${e.target}: ${e.events} events, mean score ${e.score.toFixed(1)}`}</title>
              </line>
            );
          })}
          {[...layout.nodes.values()].map((n) => (
            <a key={n.id} href={href(['events'], { actor: n.id })}>
              <circle cx={n.x} cy={n.y} r={14} class="node" />
              <text x={n.x} y={n.y + 4} text-anchor="middle" class="node-label">
                {n.id}
              </text>
            </a>
          ))}
        </svg>
      )}
    </div>
  );
}
