const GRAVITY = 0.02;

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

/**
 * A small deterministic force layout (Fruchterman–Reingold): nodes repel, edges pull, the step
 * cools, and a weak pull to the centre keeps unconnected groups from drifting to the edges. Enough
 * for the few dozen actors of a period, with no library.
 */
export function forceLayout(ids: string[], links: [string, string][], width: number, height: number, iterations = 300): LayoutNode[] {
  const nodes = ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length);
    return { id, x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < iterations; step++) {
    const temperature = (width / 10) * (1 - step / iterations);
    const dx = new Float64Array(nodes.length);
    const dy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const x = nodes[i].x - nodes[j].x;
        const y = nodes[i].y - nodes[j].y;
        const d = Math.max(0.01, Math.hypot(x, y));
        const force = (k * k) / d;
        dx[i] += (x / d) * force;
        dy[i] += (y / d) * force;
        dx[j] -= (x / d) * force;
        dy[j] -= (y / d) * force;
      }
    }
    for (const [a, b] of links) {
      const i = index.get(a)!;
      const j = index.get(b)!;
      const x = nodes[i].x - nodes[j].x;
      const y = nodes[i].y - nodes[j].y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const force = (d * d) / k;
      dx[i] -= (x / d) * force;
      dy[i] -= (y / d) * force;
      dx[j] += (x / d) * force;
      dy[j] += (y / d) * force;
    }
    nodes.forEach((n, i) => {
      dx[i] -= (n.x - width / 2) * GRAVITY * k;
      dy[i] -= (n.y - height / 2) * GRAVITY * k;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      n.x = Math.min(width - 30, Math.max(30, n.x + (dx[i] / d) * Math.min(d, temperature)));
      n.y = Math.min(height - 20, Math.max(20, n.y + (dy[i] / d) * Math.min(d, temperature)));
    });
  }
  return nodes;
}
