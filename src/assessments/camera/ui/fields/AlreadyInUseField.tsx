// "Kameran används redan": in a review of an existing decision a camera already filming is documented, not
// started, so KB-H14 (start before the decision) does not count it. One checkbox, its hint read with it.
import { fieldId, hintId } from '../../../../ui/fields/paths';
import { useI18n } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';

export function AlreadyInUseField({ index }: { index: number }) {
  const { t } = useI18n();
  const { snapshot, send } = useWizard();
  const camera = snapshot.context.assessment.cameras[index];
  if (camera === undefined) return null;
  const path = `cameras.${index}.alreadyInUse`;
  const id = fieldId(path);
  return (
    <div class="field">
      <div class="choice choice--single">
        <input
          type="checkbox"
          id={id}
          aria-describedby={hintId(path)}
          checked={camera.alreadyInUse === true}
          onChange={(e) => send({ type: 'answer.set', path, value: e.currentTarget.checked })}
        />
        <label for={id}>{t('cam.alreadyInUse')}</label>
      </div>
      <p class="field__hint" id={hintId(path)}>
        {t('cam.alreadyInUse.hint')}
      </p>
    </div>
  );
}
