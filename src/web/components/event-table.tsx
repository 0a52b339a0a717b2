import type { EventItem } from '../api';
import { useT } from '../i18n';
import { href } from '../router';
import { Actors } from './actors';

export const QUAD_CLASS_NAMES = ['q1', 'q2', 'q3', 'q4'] as const;

/** Events as rows; each opens the event view with its evidence. */
export function EventTable({ events }: { events: EventItem[] }) {
  const { t } = useT();
  if (events.length === 0) return <p class="muted">{t('noData')}</p>;
  return (
    <div class="table-wrap">
      <table class="events">
        <thead>
          <tr>
            <th>{t('date')}</th>
            <th>{t('type')}</th>
            <th>{t('actor')}</th>
            <th>{t('recipient')}</th>
            <th>{t('sentence')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} class={e.quad_class ? `quad-row-${e.quad_class}` : undefined}>
              <td class="nowrap">{e.date ?? e.article_date ?? '–'}</td>
              <td>
                <a href={href(['event', String(e.id)])} class="event-link">
                  {e.type}
                </a>
                {e.modality !== 'asserted' && <span class="badge">{e.modality}</span>}
              </td>
              <td>
                <Actors actors={e.actors} />
              </td>
              <td>
                <Actors actors={e.recipients} />
              </td>
              <td class="sentence">
                {e.sentence} <span class="muted">({e.source ?? e.lang})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
