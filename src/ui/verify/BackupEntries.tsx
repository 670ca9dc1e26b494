// A backup's signed versions, one row each: which assessment and version, whether it matches, where it is known.
import type { VerifyResult } from '../../pdf';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import type { Known } from './useKnown';
import { isKnown } from './useKnown';
import { Fingerprint, KnownList } from './VerifyResultView';

/** A consistent version is "stämmer" only when its fingerprint is known elsewhere, as for a single file. */
function statusKey(e: VerifyResult, known: Known | undefined): MessageKey {
  if (e.status === 'match') return known && isKnown(known) ? 'verify.entry.match' : 'verify.entry.unknown';
  if (e.status === 'altered') return 'verify.entry.altered';
  return e.status === 'not-signed' ? 'verify.notSigned.title' : 'verify.entry.unreadable';
}

export function BackupEntries({ entries, known }: { entries: VerifyResult[]; known: Map<string, Known> }) {
  const { t } = useI18n();
  return (
    <ol class="verify-entries">
      {entries.map((e, i) => (
        <li key={i} class={`verify-entry verify-entry--${e.status}`}>
          <h3>
            {t('verify.backup.entry', { school: e.assessment?.title || t('home.list.unnamed'), version: e.assessment?.version ?? '–' })}:{' '}
            {t(statusKey(e, e.fingerprint ? known.get(e.fingerprint) : undefined))}
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
