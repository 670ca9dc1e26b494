import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../domain/types';
import { I18nContext, rememberLang, storedLang, translator, type I18n } from './i18n';
import { useRoute } from './router';
import { ServicesContext, type Services } from './services';
import { Header } from './shell/Header';
import { Notices, type NoticeState } from './shell/Notices';
import { Home } from './home/Home';
import { Placeholder } from './shell/Placeholder';
import { AssessmentSession } from './session/AssessmentSession';

export interface AppProps {
  services: Services;
  notices: NoticeState;
  onReload: () => void;
  onDismissNotice: (which: keyof NoticeState) => void;
}

export function App({ services, notices, onReload, onDismissNotice }: AppProps) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next) => {
        rememberLang(next);
        setLangState(next);
        // Also in IndexedDB, which survives a browser that clears localStorage on its own.
        void services.storage.setLanguage(next).catch(() => undefined);
      },
    }),
    [lang, services],
  );
  const route = useRoute();
  const t = i18n.t;

  return (
    <ServicesContext.Provider value={services}>
      <I18nContext.Provider value={i18n}>
        <Header route={route} />
        <main id="main" class="app-main">
          {route.name === 'home' && <Home />}
          {route.name === 'assessment' && <AssessmentSession key={route.id} id={route.id} />}
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
    </ServicesContext.Provider>
  );
}
