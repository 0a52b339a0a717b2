import { useT } from '../i18n';
import { href } from '../router';

/** Since/until fields that rewrite the view's URL. */
export function PeriodForm({ view, since, until }: { view: string; since: string; until: string }) {
  const { t } = useT();
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    location.hash = href([view], { since: String(form.get('since') ?? ''), until: String(form.get('until') ?? '') });
  };
  return (
    <form class="inline-form" onSubmit={submit} key={since + until}>
      <span>{t('period')}</span>
      <label>
        {t('since')} <input type="date" name="since" defaultValue={since} />
      </label>
      <label>
        {t('until')} <input type="date" name="until" defaultValue={until} />
      </label>
      <button type="submit">{t('apply')}</button>
    </form>
  );
}
