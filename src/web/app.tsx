import { useEffect, useState } from 'preact/hooks';
import type { Lang } from './i18n';
import { initialLang, LangContext, translator } from './i18n';
import { useRoute } from './router';
import { ArticleView } from './views/article';
import { DyadView } from './views/dyad';
import { EventView } from './views/event';
import { EventsView } from './views/events';
import { FeedsView } from './views/feeds';
import { MapView } from './views/map';
import { NetworkView } from './views/network';
import { Overview } from './views/overview';

const NAV = [
  ['', 'overview'],
  ['events', 'events'],
  ['network', 'network'],
  ['map', 'map'],
  ['feeds', 'feeds'],
] as const;

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const route = useRoute();
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
    localStorage.setItem('paraat.lang', lang);
  }, [lang]);
  const [view, ...rest] = route.parts;
  const page = (() => {
    switch (view) {
      case 'dyad':
        return <DyadView key={rest.join('/')} a={rest[0]} b={rest[1]} params={route.params} />;
      case 'events':
        return <EventsView params={route.params} />;
      case 'event':
        return <EventView key={rest[0]} id={rest[0]} />;
      case 'article':
        return <ArticleView key={rest[0]} id={rest[0]} params={route.params} />;
      case 'network':
        return <NetworkView params={route.params} />;
      case 'map':
        return <MapView params={route.params} />;
      case 'feeds':
        return <FeedsView />;
      default:
        return <Overview />;
    }
  })();
  return (
    <LangContext.Provider value={{ lang, t }}>
      <header class="top">
        <a href="#/" class="brand">
          Paraat
        </a>
        <nav>
          {NAV.map(([path, key]) => (
            <a key={key} href={`#/${path}`} class={(view ?? '') === path ? 'active' : undefined} data-nav={key}>
              {t(key)}
            </a>
          ))}
        </nav>
        <button type="button" class="lang-switch" onClick={() => setLang(lang === 'en' ? 'nl' : 'en')} lang={lang === 'en' ? 'nl' : 'en'}>
          {t('language')}
        </button>
      </header>
      <main>{page}</main>
    </LangContext.Provider>
  );
}
