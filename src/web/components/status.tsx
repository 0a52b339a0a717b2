import type { Loaded } from '../api';
import { useT } from '../i18n';

/** Shows "loading" or the API's error message while `loaded` has no data. */
export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  const { t } = useT();
  if (loaded.error) return <p class="error" role="alert">{t('error')}: {loaded.error}</p>;
  if (!loaded.data) return <p class="muted">{t('loading')}</p>;
  return null;
}
