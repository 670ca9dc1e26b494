import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../engine/kind';
import { assessmentPagesKinds, loadAssessmentPages, loadOrganisationPage, loadRegisterPage, loadServicePages, servicePagesKinds } from '../assessments/pages';
import { I18nContext, rememberLang, storedLang, translator, type I18n } from './i18n';
import { loadLanguage, loadMessages } from './i18n/load';
import { useRoute, type Route } from './router';
import { ServicesContext, type Services } from './services';
import { Header } from './shell/Header';
import { Notices, OfflineStatus, type NoticeState } from './shell/Notices';
import { Placeholder } from './shell/Placeholder';
import { Lazy, Loading, preload } from './shell/Lazy';
import { Home } from './home/Home';
import './shell/shell.css';

// Loaders are module constants, so each page's chunk is fetched once and reused. The home page is not one of
// them: it comes with the entry, with storage and its Swedish messages, so a first visit runs one chunk and
// renders once, with no round trip between modules (each dynamic import cost a task and often a frame). The
// other pages come with the shell's other messages and their kind's catalogue, in the active language only
// (i18n/load.ts).
const withMessages = <M,>(load: () => Promise<M>, kinds: readonly string[] = []) => () =>
  Promise.all([load(), loadMessages(['shell', ...kinds])]).then(([m]) => m);
const loadSession = withMessages(loadAssessmentPages, assessmentPagesKinds);
const loadSettings = withMessages(() => import('./settings/SettingsPage'));
const loadOrganisation = withMessages(loadOrganisationPage);
const loadVerify = withMessages(() => import('./verify/VerifyPage'));
const loadRegister = withMessages(loadRegisterPage);
const loadNew = withMessages(() => import('./new/NewAssessmentPage'));
const loadService = withMessages(loadServicePages, servicePagesKinds);

const pageLoaders: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  assessment: loadSession,
  settings: loadSettings,
  organisation: loadOrganisation,
  verify: loadVerify,
  register: loadRegister,
  new: loadNew,
  service: loadService,
  services: loadService,
  'services-public': loadService,
};

export interface AppProps {
  /** null until the storage module has loaded (it follows the first paint). */
  services: Services | null;
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
        // Messages come in one language only: the switch waits for the other's, of every catalogue loaded so
        // far (a failed fetch still switches; a missing text shows its key, as while any group loads).
        const switchTo = () => {
          rememberLang(next);
          setLangState(next);
        };
        void loadLanguage(next).then(switchTo, switchTo);
        // Also in IndexedDB, which survives a browser that clears localStorage on its own.
        void services?.storage.setLanguage(next).catch(() => undefined);
      },
    }),
    [lang, services],
  );
  const route = useRoute();
  const t = i18n.t;
  // Another first page's chunk loads beside the home messages, not after them, and is cached as it arrives, so
  // the render that has services shows the page at once (a wizard's load starts in its effect).
  const firstPage = services ? undefined : pageLoaders[route.name];
  if (firstPage) void preload(firstPage).catch(() => undefined);

  return (
    <ServicesContext.Provider value={services}>
      <I18nContext.Provider value={i18n}>
        <Header route={route} />
        {/* In the page flow, under the header: a notice must never cover the button the principal needs. */}
        <Notices state={notices} onReload={onReload} onDismiss={onDismissNotice} />
        <main id="main" class="app-main">
          {!services && route.name !== 'not-found' && <Loading />}
          {services && route.name === 'home' && <Home />}
          {services && route.name === 'assessment' && <Lazy load={loadSession} render={(m) => <m.AssessmentSession key={route.id} id={route.id} />} />}
          {services && route.name === 'settings' && <Lazy load={loadSettings} render={(m) => <m.SettingsPage />} />}
          {services && route.name === 'organisation' && <Lazy load={loadOrganisation} render={(m) => <m.OrganisationPage />} />}
          {services && route.name === 'verify' && <Lazy load={loadVerify} render={(m) => <m.VerifyPage />} />}
          {services && route.name === 'register' && <Lazy load={loadRegister} render={(m) => <m.RegisterPage />} />}
          {services && route.name === 'new' && <Lazy load={loadNew} render={(m) => <m.NewAssessmentPage />} />}
          {services && route.name === 'service' && <Lazy load={loadService} render={(m) => <m.ServiceSession key={route.id} id={route.id} step={route.step} />} />}
          {services && route.name === 'services' && <Lazy load={loadService} render={(m) => <m.ServiceRegisterPage />} />}
          {services && route.name === 'services-public' && <Lazy load={loadService} render={(m) => <m.GuardiansListPage />} />}
          {route.name === 'not-found' && <Placeholder title={t('notfound.title')} />}
        </main>
        <footer class="app-footer">
          <p>
            {t('footer.local')} · {t('footer.version', { version: __APP_VERSION__ })}
            <OfflineStatus ready={notices.offlineReady} />
          </p>
        </footer>
      </I18nContext.Provider>
    </ServicesContext.Provider>
  );
}
