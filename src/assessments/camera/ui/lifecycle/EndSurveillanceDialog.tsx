// "Avsluta bevakningen": one camera or the whole assessment, with the date it ends. Ended surveillance stays
// in the register for five years; the end dates are outside the fingerprint, so the signature stays valid.
import { useId, useRef, useState } from 'preact/hooks';
import type { Assessment, IsoDate } from '../../domain';
import { activeCameras, cameraTitle } from '../../domain';
import { useI18n } from '../../../../ui/i18n';
import { DateField, FormDialog } from './FormDialog';
import { useOpening } from './useOpening';
import { normalizeDate } from '../../../../ui/fields/formats';

export interface EndSurveillanceDialogProps {
  /** The signed assessment; null keeps the dialog closed. */
  assessment: Assessment | null;
  today: IsoDate;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  /** Without a camera id: the whole assessment ends. */
  onSubmit: (date: IsoDate, cameraId?: string) => void;
}

const WHOLE = '*';

export function EndSurveillanceDialog({ assessment, today, busy, error, onCancel, onSubmit }: EndSurveillanceDialogProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [scope, setScope] = useState(WHOLE);
  const [date, setDate] = useState(today);
  const [dateError, setDateError] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);

  useOpening(assessment, today, (_opened, day) => {
    setScope(WHOLE);
    setDate(day);
    setDateError(false);
  });

  const cameras = assessment ? activeCameras(assessment) : [];
  const submit = (e: Event) => {
    e.preventDefault();
    // The box may still hold "4 dec 2026" when Enter submits before it was left.
    const iso = normalizeDate(date, lang);
    if (iso === null || iso === '') {
      setDateError(true);
      dateRef.current?.focus();
      return;
    }
    onSubmit(iso, scope === WHOLE ? undefined : scope);
  };

  const school = assessment?.school.schoolName.trim() || t('home.list.unnamed');
  return (
    <FormDialog
      id={id}
      open={assessment !== null}
      role="alertdialog"
      title={t('lifecycle.end.title', { school })}
      busy={busy}
      error={error}
      submitLabel={t('lifecycle.end.confirm')}
      danger
      onCancel={onCancel}
      onSubmit={submit}
    >
      <p>{t('lifecycle.end.help')}</p>
      <fieldset class="lifecycle-field">
        <legend class="field__label">{t('lifecycle.end.scope')}</legend>
        <label class="lifecycle-choice">
          <input type="radio" name={`${id}-scope`} value={WHOLE} checked={scope === WHOLE} onChange={() => setScope(WHOLE)} />
          <span>{t('lifecycle.end.scope.all')}</span>
        </label>
        {cameras.length > 1 &&
          cameras.map((camera) => {
            const index = assessment!.cameras.indexOf(camera);
            const where = camera.location.trim();
            return (
              <label key={camera.id} class="lifecycle-choice">
                <input type="radio" name={`${id}-scope`} value={camera.id} checked={scope === camera.id} onChange={() => setScope(camera.id)} />
                <span>
                  {cameraTitle(camera, index)[lang]}
                  {where !== '' && <span class="muted"> – {where}</span>}
                </span>
              </label>
            );
          })}
      </fieldset>
      <DateField
        id={`${id}-date`}
        label={t('lifecycle.end.date')}
        hint={t('lifecycle.end.date.hint')}
        error={dateError ? t('lifecycle.later.error.date') : null}
        value={date}
        onInput={setDate}
        inputRef={dateRef}
      />
      <p class="muted">{t('lifecycle.end.register')}</p>
    </FormDialog>
  );
}
