// A backup's signed versions, one row each: which assessment and version, whether it matches, where it is known.
import type { VerifyResult } from '../../pdf';
import { useI18n } from '../i18n';
import type { Known } from './useKnown';
import { Fingerprint, KnownList } from './VerifyResultView';

const STATUS = { match: 'verify.entry.match', altered: 'verify.entry.altered' } as const;

export function BackupEntries({ entries, known }: { entries: VerifyResult[]; known: Map<string, Known> }) {
  const { t } = useI18n();
  return (
    <ol class="verify-entries">
      {entries.map((e, i) => (
        <li key={i} class={`verify-entry verify-entry--${e.status}`}>
          <h3>
            {t('verify.backup.entry', { school: e.assessment?.school.schoolName || t('home.list.unnamed'), version: e.assessment?.version ?? '–' })}:{' '}
            {t(e.status === 'match' || e.status === 'altered' ? STATUS[e.status] : 'verify.entry.unreadable')}
          </h3>
          {e.fingerprint && (
            <>
              <Fingerprint value={e.fingerprint} />
              <KnownList known={known.get(e.fingerprint)} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
