import type { Source } from '../../engine/findings';
import { useI18n } from '../i18n';

/** The public source of a rule or a piece of help; opens in a new tab, says so. */
export function SourceLink({ source }: { source: Source }) {
  const { t } = useI18n();
  if (source.url === '') {
    return (
      <span class="source">
        {t('wiz.source')}: {source.title}
      </span>
    );
  }
  return (
    <span class="source">
      {t('wiz.source')}:{' '}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
        <span class="visually-hidden"> {t('wiz.newTab')}</span>
      </a>
    </span>
  );
}
