/** Progress on stderr: a live bar on a terminal (done, rate, time left); nothing otherwise. */
export class Progress {
  private started = Date.now();
  private lastDraw = 0;
  private readonly live: boolean;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    /** What the count is of: "done", or "committed" where items count once they are stored. */
    private readonly unit = 'done',
  ) {
    this.live = Boolean(stream.isTTY) && !process.env.CI;
  }

  /** `fraction` is the share of the work done (0..1), for the bar and the time left. */
  update(done: number, fraction: number): void {
    if (!this.live) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && fraction < 1) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
    const width = 24;
    const filled = Math.round(Math.min(1, fraction) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const eta = Number.isFinite(left) ? formatDuration(left) : '?';
    this.stream.write(`\r${this.label} ${bar} ${done} ${this.unit}, ${rate.toFixed(0)}/s, ${eta} left  `);
  }

  finish(): void {
    if (this.live) this.stream.write('\r\x1b[K');
  }

  elapsedSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
