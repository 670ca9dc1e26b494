import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../domain/types';
import { I18nContext, rememberLang, storedLang, translator, type I18n } from './i18n';
import { useRoute, navigate } from './router';
import { Header } from './shell/Header';
import { Notices, type NoticeState } from './shell/Notices';
import { Home } from './home/Home';
import { Placeholder } from './shell/Placeholder';

export interface AppProps {
  notices: NoticeState;
  onReload: () => void;
  onDismissNotice: (which: keyof NoticeState) => void;
}

export function App({ notices, onReload, onDismissNotice }: AppProps) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next) => {
        rememberLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  const route = useRoute();
  const t = i18n.t;

  return (
    <I18nContext.Provider value={i18n}>
      <Header route={route} />
      <main id="main" class="app-main">
        {route.name === 'home' && <Home onNew={() => navigate({ name: 'assessment', id: 'ny' })} />}
        {route.name === 'assessment' && <Placeholder />}
        {route.name === 'settings' && <Placeholder title={t('nav.settings')} />}
        {route.name === 'verify' && <Placeholder title={t('nav.verify')} />}
        {route.name === 'register' && <Placeholder title={t('nav.register')} />}
        {route.name === 'smoke-pdf' && <Placeholder />}
        {route.name === 'not-found' && <Placeholder title={t('notfound.title')} />}
      </main>
      <footer class="app-footer">
        <p>
          {t('footer.local')} · {t('footer.version', { version: __APP_VERSION__ })}
        </p>
      </footer>
      <Notices state={notices} onReload={onReload} onDismiss={onDismissNotice} />
    </I18nContext.Provider>
  );
}
