import { useI18n } from '../i18n';
import { href, type Route } from '../router';

export function Header({ route }: { route: Route }) {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div class="app-header__inner">
        <a class="brand" href={href({ name: 'home' })}>
          <img src="/icons/icon.svg" alt="" width={32} height={32} />
          <span class="brand__name">{t('app.name')}</span>
        </a>
        <nav class="app-nav" aria-label={t('nav.main')}>
          <a href={href({ name: 'home' })} aria-current={current('home')}>
            {t('nav.home')}
          </a>
          <a href={href({ name: 'register' })} aria-current={current('register')}>
            {t('nav.register')}
          </a>
          <a href={href({ name: 'services' })} aria-current={current('services')}>
            {t('nav.services')}
          </a>
          <a href={href({ name: 'verify' })} aria-current={current('verify')}>
            {t('nav.verify')}
          </a>
          <a href={href({ name: 'settings' })} aria-current={current('settings')}>
            {t('nav.settings')}
          </a>
        </nav>
        <button type="button" class="lang-switch" lang={other} onClick={() => setLang(other)}>
          {t('lang.switchTo')}
        </button>
      </div>
    </header>
  );
}
