import type { Lang } from '../../engine/kind';
import { useI18n } from '../i18n';

export function LanguageSection() {
  const { t, lang, setLang } = useI18n();
  const option = (value: Lang) => (
    <label lang={value}>
      <input type="radio" name="app-lang" value={value} checked={lang === value} onChange={() => setLang(value)} /> {t(value === 'sv' ? 'lang.sv' : 'lang.en')}
    </label>
  );
  return (
    <section class="settings-section" aria-labelledby="lang-title">
      <h2 id="lang-title">{t('settings.lang.title')}</h2>
      <fieldset class="lang-choice" aria-describedby="lang-help">
        <legend class="visually-hidden">{t('lang.label')}</legend>
        {option('sv')}
        {option('en')}
      </fieldset>
      <p id="lang-help" class="muted">
        {t('settings.lang.help')}
      </p>
    </section>
  );
}
