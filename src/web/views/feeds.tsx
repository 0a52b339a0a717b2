import type { Feed } from '../api';
import { useApi } from '../api';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { isWebAddress } from './article';

/** An ISO timestamp as UTC to the second: the watcher's clock is the server's, not the reader's. */
function utc(iso: string | null): string {
  return iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC') : '–';
}

const COLUMNS = ['feed', 'lastPoll', 'lastSuccess', 'articlesStored', 'failures', 'lastError', 'nextPoll'] as const;

function FeedTable({ feeds }: { feeds: Feed[] }) {
  const { t } = useT();
  return (
    <div class="table-wrap">
      <table class="feeds">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.url} class={f.failures > 0 ? 'failing' : undefined}>
              <td class="feed-url">
                {isWebAddress(f.url) ? (
                  <a href={f.url} rel="noreferrer noopener" class="feed-link">
                    {f.url}
                  </a>
                ) : (
                  f.url
                )}
              </td>
              <td class="nowrap">{utc(f.last_poll)}</td>
              <td class="nowrap">{utc(f.last_success)}</td>
              <td>{f.items}</td>
              <td>{f.failures}</td>
              <td>{f.last_error ?? '–'}</td>
              <td class="nowrap">{utc(f.next_poll)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The watched feeds' health as the watcher saved it, or how to start watching when none is. */
export function FeedsView() {
  const { t } = useT();
  const loaded = useApi<{ feeds: Feed[] }>('api/feeds');
  return (
    <div class="feeds-view">
      <h1>{t('feeds')}</h1>
      {!loaded.data ? (
        <Status loaded={loaded} />
      ) : loaded.data.feeds.length === 0 ? (
        <div class="no-feeds">
          <p class="muted">{t('noFeeds')}</p>
          <ul>
            <li>
              <code class="code">paraat watch FEED</code>
            </li>
            <li>
              <code class="code">paraat serve --watch FEEDS</code>
            </li>
          </ul>
        </div>
      ) : (
        <FeedTable feeds={loaded.data.feeds} />
      )}
    </div>
  );
}
