// The two post-signing dialogs (later decision, end of surveillance) with their saving, for any page that
// offers them: the home page and the "Åtgärder" panel of a signed assessment.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Assessment, IsoDate, LaterDecision } from '../../domain';
import { activeCameras, cameraTitle, endSurveillance, isoDateOf, recordLaterDecision } from '../../domain';
import { formatDate, useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { reasonKey } from '../../../../ui/session/reasons';
import { changeSigned } from './actions';
import { EndSurveillanceDialog } from './EndSurveillanceDialog';
import { LaterDecisionDialog } from './LaterDecisionDialog';

export interface LifecycleDialogs {
  openLaterDecision: (a: Assessment) => void;
  openEnd: (a: Assessment) => void;
  /** Render once, anywhere on the page. */
  dialogs: ComponentChildren;
}

/** `onDone` gets the saved document and a sentence saying what happened, for a status message. */
export function useLifecycleDialogs(onDone: (saved: Assessment, message: string) => void): LifecycleDialogs {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const [later, setLater] = useState<Assessment | null>(null);
  const [ending, setEnding] = useState<Assessment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = isoDateOf(new Date());

  const run = async (a: Assessment, change: (x: Assessment) => Assessment, message: string, close: () => void) => {
    setBusy(true);
    setError(null);
    const result = await changeSigned(storage, a.id, change);
    setBusy(false);
    if (!result.ok) return setError(t(reasonKey(result.reason)));
    close();
    onDone(result.assessment, message);
  };

  const recordDecision = (a: Assessment, d: LaterDecision) =>
    void run(
      a,
      (x) => recordLaterDecision(x, d),
      t(`lifecycle.later.done.${d.by}.${d.result}`, { date: formatDate(d.date, lang) }),
      () => setLater(null),
    );

  const end = (a: Assessment, date: IsoDate, cameraId?: string) => {
    const index = cameraId === undefined ? -1 : a.cameras.findIndex((c) => c.id === cameraId);
    const camera = index >= 0 ? cameraTitle(a.cameras[index]!, index)[lang] : '';
    // Ending the last camera still running is ending the whole surveillance.
    const whole = cameraId === undefined || activeCameras(a).every((c) => c.id === cameraId);
    const message = whole ? t('lifecycle.end.done.all', { date: formatDate(date, lang) }) : t('lifecycle.end.done.camera', { camera, date: formatDate(date, lang) });
    void run(a, (x) => endSurveillance(x, date, cameraId), message, () => setEnding(null));
  };

  return {
    openLaterDecision: (a) => {
      setError(null);
      setLater(a);
    },
    openEnd: (a) => {
      setError(null);
      setEnding(a);
    },
    dialogs: (
      <>
        <LaterDecisionDialog
          assessment={later}
          today={today}
          busy={busy}
          error={error}
          onCancel={() => setLater(null)}
          onSubmit={(d) => later && recordDecision(later, d)}
        />
        <EndSurveillanceDialog
          assessment={ending}
          today={today}
          busy={busy}
          error={error}
          onCancel={() => setEnding(null)}
          onSubmit={(date, cameraId) => ending && end(ending, date, cameraId)}
        />
      </>
    ),
  };
}
