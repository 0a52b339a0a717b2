import { useEffect } from 'preact/hooks';
import type { ArticleView as ArticleData } from '../api';
import { useApi } from '../api';
import { Actors } from '../components/actors';
import { HighlightedText, HighlightLegend } from '../components/highlight';
import { Status } from '../components/status';
import { useT } from '../i18n';
import { href } from '../router';

/** True for an http(s) address: any other scheme (javascript:, data:, ...) is shown as text, never as a link. */
export function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * An article's full text with every event's evidence, its quotes and the actors it names marked.
 * The event named in the URL is emphasised and scrolled to; each event in the list links to its
 * spot in the text.
 */
export function ArticleView({ id, params }: { id: string; params: URLSearchParams }) {
  const { t } = useT();
  const loaded = useApi<ArticleData>(`api/articles/${encodeURIComponent(id)}`);
  const focus = params.get('event') ? Number(params.get('event')) : null;
  useEffect(() => {
    document.querySelector('.hl-focus')?.scrollIntoView({ block: 'center' });
  }, [loaded.data, focus]);
  if (!loaded.data) return <Status loaded={loaded} />;
  const article = loaded.data;
  const spans = focus === null ? article.spans : article.spans.filter((s) => s.event_id === focus || s.event_id === null || s.kind === 'evidence');
  return (
    <div class="article-view">
      <h1>{article.title ?? t('article')}</h1>
      <p class="muted">
        {article.source ?? '–'} · {article.date ?? '–'} · {article.lang}
        {article.url && (
          <>
            {' · '}
            {isWebAddress(article.url) ? (
              <a href={article.url} rel="noreferrer noopener" class="source-link">
                {article.url}
              </a>
            ) : (
              <span class="source-url">{article.url}</span>
            )}
          </>
        )}
      </p>
      <HighlightLegend mentions />
      <div class="article-text">
        <HighlightedText text={article.text} spans={spans} focus={focus} />
      </div>
      <h2>{t('eventsInArticle')}</h2>
      <ol class="article-events">
        {article.events.map((e) => (
          <li key={e.id} class={e.id === focus ? 'focused' : undefined}>
            <a href={href(['article', article.id], { event: e.id })}>{e.type}</a> <Actors actors={e.actors} /> → <Actors actors={e.recipients} />{' '}
            <span class="muted">
              “{e.evidence.trigger.text}”, {e.modality}
            </span>{' '}
            <a href={href(['event', String(e.id)])} class="small">
              {t('evidence')}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
