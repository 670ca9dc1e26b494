// "Avsluta bevakningen": one camera or the whole assessment, with the date it ends. Ended surveillance stays
// in the register for five years; the end dates are outside the fingerprint, so the signature stays valid.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Assessment, IsoDate } from '../../domain';
import { activeCameras, cameraTitle } from '../../domain';
import { useI18n } from '../i18n';
import { Dialog } from '../shell/Dialog';
import { isIsoDate } from './dates';
import './yeartwo.css';

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

  useEffect(() => {
    if (!assessment) return;
    setScope(WHOLE);
    setDate(today);
    setDateError(false);
  }, [assessment, today]);

  const cameras = assessment ? activeCameras(assessment) : [];
  const submit = (e: Event) => {
    e.preventDefault();
    if (!isIsoDate(date)) {
      setDateError(true);
      dateRef.current?.focus();
      return;
    }
    onSubmit(date, scope === WHOLE ? undefined : scope);
  };

  const school = assessment?.school.schoolName.trim() || t('home.list.unnamed');
  return (
    <Dialog
      open={assessment !== null}
      role="alertdialog"
      title={t('y2.end.title', { school })}
      onClose={onCancel}
      busy={busy}
      actions={
        <>
          <button type="button" class="button" onClick={onCancel} disabled={busy}>
            {t('y2.cancel')}
          </button>
          <button type="submit" form={`${id}-form`} class="button button--danger" disabled={busy}>
            {t('y2.end.confirm')}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} class="y2-form" onSubmit={submit} noValidate>
        <p>{t('y2.end.help')}</p>
        <fieldset class="y2-field">
          <legend class="y2-field__label">{t('y2.end.scope')}</legend>
          <label class="y2-choice">
            <input type="radio" name={`${id}-scope`} value={WHOLE} checked={scope === WHOLE} onChange={() => setScope(WHOLE)} />
            <span>{t('y2.end.scope.all')}</span>
          </label>
          {cameras.length > 1 &&
            cameras.map((camera) => {
              const index = assessment!.cameras.indexOf(camera);
              const where = camera.location.trim();
              return (
                <label key={camera.id} class="y2-choice">
                  <input type="radio" name={`${id}-scope`} value={camera.id} checked={scope === camera.id} onChange={() => setScope(camera.id)} />
                  <span>
                    {cameraTitle(camera, index)[lang]}
                    {where !== '' && <span class="muted"> – {where}</span>}
                  </span>
                </label>
              );
            })}
        </fieldset>
        <div class="y2-field">
          <label class="y2-field__label" for={`${id}-date`}>
            {t('y2.end.date')}
          </label>
          <p id={`${id}-date-hint`} class="y2-field__hint">
            {t('y2.end.date.hint')}
          </p>
          {dateError && (
            <p id={`${id}-date-error`} class="y2-field__error">
              {t('y2.later.error.date')}
            </p>
          )}
          <input
            ref={dateRef}
            id={`${id}-date`}
            type="date"
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
            aria-invalid={dateError ? 'true' : undefined}
            aria-describedby={dateError ? `${id}-date-error ${id}-date-hint` : `${id}-date-hint`}
          />
        </div>
        <p class="muted">{t('y2.end.register')}</p>
        {error && (
          <p role="alert" class="y2-field__error">
            {t('y2.failed', { error })}
          </p>
        )}
      </form>
    </Dialog>
  );
}
