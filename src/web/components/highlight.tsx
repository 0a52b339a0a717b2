import type { SpanKind, TextSpan } from '../api';
import { useT } from '../i18n';

interface Segment {
  start: number;
  end: number;
  spans: TextSpan[];
}

/** Cuts text at every span boundary so overlapping spans (a trigger inside a sentence) nest cleanly. */
function segments(length: number, spans: TextSpan[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    result.push({ start, end, spans: spans.filter((s) => s.start <= start && s.end >= end) });
  }
  return result;
}

/**
 * Text with its evidence marked: each span kind gets a class (hl-trigger, hl-actor, …). `offset` is
 * where `text` starts in the article, since spans are in article offsets.
 */
export function HighlightedText({ text, spans, offset = 0, focus }: { text: string; spans: TextSpan[]; offset?: number; focus?: number | null }) {
  const local = spans.map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
  return (
    <span class="highlighted">
      {segments(text.length, local).map((seg) => {
        const chunk = text.slice(seg.start, seg.end);
        if (seg.spans.length === 0) return chunk;
        const kinds = [...new Set(seg.spans.map((s) => s.kind))];
        const focused = focus != null && seg.spans.some((s) => s.event_id === focus);
        const classes = kinds.map((k) => `hl-${k}`).join(' ') + (focused ? ' hl-focus' : '');
        const title = seg.spans.filter((s) => s.kind !== 'evidence').map((s) => `${s.kind}: ${s.label}`).join('\n');
        return (
          <mark key={seg.start} class={classes} title={title || undefined} data-kinds={kinds.join(' ')}>
            {chunk}
          </mark>
        );
      })}
    </span>
  );
}

type LegendKey = 'trigger' | 'actorWord' | 'recipientWord' | 'quantityWord' | 'quoteWord' | 'mentionWord';

const LEGEND: [SpanKind, LegendKey][] = [
  ['trigger', 'trigger'],
  ['actor', 'actorWord'],
  ['recipient', 'recipientWord'],
  ['quantity', 'quantityWord'],
  ['quote', 'quoteWord'],
  ['mention', 'mentionWord'],
];

/** The colours' meanings, for the kinds of span the text at hand can hold. */
export function HighlightLegend({ mentions = false }: { mentions?: boolean }) {
  const { t } = useT();
  return (
    <p class="legend">
      {t('legend')}:{' '}
      {LEGEND.filter(([kind]) => mentions || kind !== 'mention').map(([kind, key]) => (
        <mark key={kind} class={`hl-${kind}`}>
          {t(key)}
        </mark>
      ))}
    </p>
  );
}
