// What the fingerprint is compared with: one typed from the diarium, and backups or registers the user adds
// (read in memory, never stored: verifying must not change what this device holds).
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { fingerprintsInText, isFingerprint, normalizeFingerprint } from './fingerprint';
import type { AddedFile } from './useKnown';

interface Props {
  /** The fingerprint of the file being verified, to say at once whether the typed one is the same. */
  current: string | null;
  typed: string;
  onTyped: (normalized: string) => void;
  files: readonly AddedFile[];
  onFile: (file: AddedFile) => void;
}

export function CompareSources({ current, typed, onTyped, files, onFile }: Props) {
  const { t } = useI18n();
  const { pdf } = useServices();
  const id = useId();
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    try {
      const text = await file.text();
      // A backup vouches only for versions whose data agree with their fingerprint; a register lists them.
      const result = await (await pdf()).verifyDocument(text);
      const fingerprints =
        result.source === 'backup'
          ? (result.entries ?? []).flatMap((e) => (e.status === 'match' && e.fingerprint ? [e.fingerprint] : []))
          : fingerprintsInText(text);
      onFile({ name: file.name, fingerprints: new Set(fingerprints) });
    } catch (e) {
      setError(t('verify.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      input.value = '';
    }
  };

  const normalized = normalizeFingerprint(raw);
  let typedStatus: string | null = null;
  if (normalized !== '' && !isFingerprint(normalized)) typedStatus = t('verify.compare.typed.incomplete', { count: normalized.length });
  else if (normalized !== '' && current !== null) typedStatus = t(typed === current ? 'verify.compare.typed.same' : 'verify.compare.typed.different');
  return (
    <section class="verify-compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('verify.compare.title')}</h2>
      <div class="field">
        <label for={`${id}-typed`}>{t('verify.compare.typed')}</label>
        <p id={`${id}-typed-help`} class="muted">
          {t('verify.compare.typed.help')}
        </p>
        <input
          id={`${id}-typed`}
          class="verify-typed"
          type="text"
          inputMode="text"
          autoComplete="off"
          spellcheck={false}
          value={raw}
          aria-describedby={`${id}-typed-help ${id}-typed-status`}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setRaw(value);
            const n = normalizeFingerprint(value);
            onTyped(isFingerprint(n) ? n : '');
          }}
        />
        <p id={`${id}-typed-status`} role="status" class="verify-typed-status">
          {typedStatus}
        </p>
      </div>
      <input id={`${id}-file`} class="visually-hidden file-input" type="file" accept=".json,application/json,.csv,text/csv,.txt,text/plain" aria-describedby={`${id}-file-help`} onChange={(e) => void add(e.currentTarget)} />
      <label for={`${id}-file`} class="button">
        {t('verify.compare.file')}
      </label>
      <p id={`${id}-file-help`} class="muted">
        {t('verify.compare.file.help')}
      </p>
      {files.length > 0 && (
        <ul class="verify-files">
          {files.map((f) => (
            <li key={f.name}>{f.fingerprints.size > 0 ? t('verify.compare.added', { file: f.name, count: f.fingerprints.size }) : t('verify.compare.addedNone', { file: f.name })}</li>
          ))}
        </ul>
      )}
      <div role="alert">{error && <p class="error-box">{error}</p>}</div>
    </section>
  );
}
