// A drawing or photo for one camera, with the field of view marked by clicking its corners. The image is
// stored apart by its hash (storage/attachments.ts); the camera holds the hash and the corners. Marking needs
// a pointer: the keyboard alternative is the description of the field of view just above (fieldOfView).
import { useRef, useState } from 'preact/hooks';
import type { CameraView, ViewPoint } from '../../domain';
import { fieldId, hintId } from '../../../../ui/fields/paths';
import { useI18n } from '../../../../ui/i18n';
import { useServices } from '../../../../ui/services';
import { useWizard } from '../wizard/context';
import { useStoredImage } from './useStoredImage';
import './camera-view.css';

/** A file bigger than this is refused before it is read: no photo from a phone is near it. */
export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;
const MAX_POINTS = 100;
/** Megabytes as the language writes them: 15 MB, 15,3 MB in Swedish. */
const toMb = (bytes: number, lang: string): string => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
const fraction = (n: number): number => Math.round(Math.min(1, Math.max(0, n)) * 10_000) / 10_000;

export function CameraViewField({ index, name }: { index: number; name: string }) {
  const { t, lang } = useI18n();
  const { storage } = useServices();
  const { snapshot, send } = useWizard();
  const camera = snapshot.context.assessment.cameras[index];
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const view: CameraView | undefined = camera?.view;
  const image = useStoredImage(view?.attachment ?? '');
  if (camera === undefined) return null;
  const base = `cameras.${index}.view`;
  const id = fieldId(base);
  const polygon = view?.polygon ?? [];

  const setView = (attachment: string, points: ViewPoint[]) => {
    if (view === undefined) {
      send({ type: 'answer.set', path: base, value: { attachment, polygon: points } });
      return;
    }
    if (view.attachment !== attachment) send({ type: 'answer.set', path: `${base}.attachment`, value: attachment });
    send({ type: 'answer.set', path: `${base}.polygon`, value: points });
  };

  const choose = async (el: HTMLInputElement) => {
    const file = el.files?.[0];
    el.value = ''; // choosing the same file again must fire again
    if (file === undefined) return;
    setError('');
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('cam.view.tooLarge', { size: toMb(file.size, lang), max: toMb(MAX_IMPORT_BYTES, lang) }));
      return;
    }
    setBusy(true);
    try {
      const { prepareImage } = await import('./prepareImage');
      const prepared = await prepareImage(file);
      if (prepared === null) return setError(t('cam.view.notImage'));
      const saved = await storage.saveAttachment(prepared);
      if (saved.ok) setView(saved.hash, []);
      else setError(saved.reason === 'invalid' ? t('cam.view.notImage') : t('cam.view.saveFailed', { error: saved.error }));
    } catch (e) {
      setError(t('cam.view.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const mark = (e: MouseEvent) => {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || polygon.length >= MAX_POINTS || view === undefined) return;
    setView(view.attachment, [...polygon, [fraction((e.clientX - box.left) / box.width), fraction((e.clientY - box.top) / box.height)]]);
  };

  const remove = () => {
    setView('', []);
    input.current?.focus();
  };

  const hasImage = view !== undefined && view.attachment !== '';
  const w = image.kind === 'shown' ? image.width : 1;
  const h = image.kind === 'shown' ? image.height : 1;
  return (
    <div class="field camera-view">
      <p class="field__label" id={`${id}-label`}>
        {t('cam.view')}
      </p>
      <p class="field__hint" id={hintId(base)}>
        {t('cam.view.hint')}
      </p>
      <label class="button camera-view__file">
        {t('cam.view.choose', { max: toMb(MAX_IMPORT_BYTES, lang) })}
        <input ref={input} id={id} type="file" accept="image/jpeg,image/png,image/*" class="visually-hidden" aria-describedby={hintId(base)} disabled={busy} onChange={(e) => void choose(e.currentTarget)} />
      </label>
      <div role="alert">{error !== '' && <p class="field__error">{error}</p>}</div>
      <p role="status" class="camera-view__status">
        {busy ? t('cam.view.working') : hasImage && image.kind === 'shown' ? t('cam.view.points', { n: polygon.length }) : ''}
      </p>
      {hasImage && image.kind === 'missing' && <p class="field__error">{t('cam.view.missing')}</p>}
      {hasImage && image.kind === 'shown' && (
        <>
          <p class="muted">{t('cam.view.markHint')}</p>
          <div class="camera-view__canvas" onClick={mark}>
            <img src={image.url} alt={t('cam.view.alt', { name })} width={w} height={h} />
            <svg viewBox={`0 0 ${w} ${h}`} aria-hidden="true" preserveAspectRatio="none">
              {polygon.length > 1 && <polygon points={polygon.map(([x, y]) => `${x * w},${y * h}`).join(' ')} />}
              {polygon.map(([x, y], i) => (
                <circle key={i} cx={x * w} cy={y * h} r={Math.max(w, h) / 150} />
              ))}
            </svg>
          </div>
        </>
      )}
      {hasImage && (
        <div class="camera-view__actions">
          <button type="button" class="button" disabled={polygon.length === 0} onClick={() => setView(view.attachment, polygon.slice(0, -1))}>
            {t('cam.view.undo')}
          </button>
          <button type="button" class="button" disabled={polygon.length === 0} onClick={() => setView(view.attachment, [])}>
            {t('cam.view.clear')}
          </button>
          <button type="button" class="button button--danger" onClick={remove}>
            {t('cam.view.remove')}
          </button>
        </div>
      )}
    </div>
  );
}
