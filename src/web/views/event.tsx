import type { EventView as EventData, TextSpan } from '../api';
import { useApi } from '../api';
import { Actors } from '../components/actors';
import { HighlightedText, HighlightLegend } from '../components/highlight';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { href } from '../router';

/** One event: its record, and the sentence it was read from with trigger, actors, quantities and quote marked. */
export function EventView({ id }: { id: string }) {
  const { t } = useT();
  const loaded = useApi<EventData>(`api/events/${encodeURIComponent(id)}`);
  if (!loaded.data) return <Status loaded={loaded} />;
  const { event, article, spans, quotes } = loaded.data;
  const quoteSpans: TextSpan[] = quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote', label: q.speaker_code ?? '', event_id: null }));
  const marks = [...spans.filter((s) => s.kind !== 'evidence'), ...quoteSpans];
  return (
    <div class="event-view">
      <h1>
        {event.type} <span class="muted">{event.mode ?? ''}</span>
      </h1>
      <blockquote class="evidence" id="evidence">
        <HighlightedText text={event.sentence} spans={marks} offset={event.evidence.start} />
      </blockquote>
      <HighlightLegend />
      <p>
        <a href={href(['article', event.article_id], { event: event.id })} class="article-link">
          {t('openArticle')}
        </a>
        : {article.title ?? article.id} <span class="muted">({article.source ?? '–'}, {article.date ?? '–'}, {article.lang})</span>
      </p>
      <dl class="record">
        <dt>{t('date')}</dt>
        <dd>{event.date ?? '–'}</dd>
        <dt>{t('actor')}</dt>
        <dd>
          <Actors actors={event.actors} />
        </dd>
        <dt>{t('recipient')}</dt>
        <dd>
          <Actors actors={event.recipients} />
        </dd>
        <dt>{t('modality')}</dt>
        <dd>{event.modality}</dd>
        <dt>{t('reportedBy')}</dt>
        <dd>
          <Actors actors={event.reported_by} />
        </dd>
        <dt>CAMEO / Goldstein / QuadClass</dt>
        <dd>
          {event.cameo ?? '–'} / {event.goldstein ?? '–'} / {event.quad_class ?? '–'}
        </dd>
        <dt>{t('quantities')}</dt>
        <dd>{event.quantities.length ? event.quantities.map((q) => `${q.value} ${q.unit} (“${q.text}”)`).join(', ') : '–'}</dd>
        <dt>{t('confidence')}</dt>
        <dd>{event.confidence.toFixed(2)}</dd>
        <dt>{t('quotes')}</dt>
        <dd>{quotes.length ? quotes.map((q) => `${q.speaker_code ?? q.speaker_text ?? '?'}: “${q.text}”`).join(' · ') : '–'}</dd>
        <dt>{t('rules')}</dt>
        <dd>
          <ul class="rules">
            {event.rules.map((r) => (
              <li key={r}>
                <code>{r}</code>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </div>
  );
}
