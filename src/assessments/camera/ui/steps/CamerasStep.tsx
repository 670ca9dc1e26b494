// Step 4: the cameras. The list, and one camera open at a time (the machine's sub-flow).
import { areaName, outcomeName, ruleById } from '../../domain';
import type { Camera } from '../../domain';
import { cameraView } from '../../machine';
import { Group } from '../../../../ui/fields/Group';
import { RepeatingList } from '../../../../ui/fields/RepeatingList';
import { describeHours } from '../fields/hoursText';
import { itemHeadingId } from '../../../../ui/fields/listFocus';
import { formatDate, useI18n } from '../../../../ui/i18n';
import type { MessageKey } from '../../../../ui/i18n';
import { useWizard } from '../wizard/context';
import { StepFrame } from '../wizard/StepFrame';
import { CameraEditor } from './CameraEditor';

const cameraName = (c: Camera | undefined, index: number, t: (k: MessageKey, p?: Record<string, string | number>) => string) =>
  c?.name.trim() || t('cam.defaultName', { n: index + 1 });

function CameraSummary({ camera }: { camera: Camera }) {
  const { t, lang } = useI18n();
  const { snapshot } = useWizard();
  const outcome = snapshot.context.evaluation.cameraOutcomes.find((o) => o.cameraId === camera.id)?.outcome;
  const area = areaName(camera.areaKind, lang) || t('wiz.notAnswered');
  return (
    <dl class="summary-list">
      <div>
        <dt>{t('cam.location')}</dt>
        <dd>{camera.location.trim() || t('wiz.notAnswered')}</dd>
      </div>
      <div>
        <dt>{t('cam.areaKind')}</dt>
        <dd>{area}</dd>
      </div>
      <div>
        <dt>{t('cam.list.public')}</dt>
        <dd>{camera.publicAccess === '' ? t('wiz.notAnswered') : t(`cam.public.${camera.publicAccess}`)}</dd>
      </div>
      <div>
        <dt>{t('cam.hours')}</dt>
        <dd>{camera.hours.windows.length > 0 ? describeHours(camera.hours, t, lang) : t('wiz.notAnswered')}</dd>
      </div>
      {camera.endedOn !== '' ? (
        <div>
          <dt>{t('cam.endedOn')}</dt>
          <dd>{formatDate(camera.endedOn, lang)}</dd>
        </div>
      ) : (
        outcome && (
          <div>
            <dt>{t('cam.list.outcome')}</dt>
            <dd class={`outcome-text outcome-text--${outcome}`}>{outcomeName(outcome, lang)}</dd>
          </div>
        )
      )}
    </dl>
  );
}

function CameraList() {
  const { t } = useI18n();
  const { snapshot, send, focusId, announce } = useWizard();
  const cameras = snapshot.context.assessment.cameras;
  return (
    <StepFrame step="cameras" intro={<p>{t('step.cameras.intro')}</p>}>
      <Group id="g-cameras" title={t('cam.g.list')} why={t('cam.g.list.why')} source={ruleById('KB-H06-undefined-scope')?.source}>
        <RepeatingList<Camera>
          list="cameras"
          items={cameras}
          title={t('cam.list.title')}
          itemTitle={(i, c) => cameraName(c, i, t)}
          addLabel={t('cam.add')}
          emptyText={t('cam.empty')}
          firstField="name"
          onAdded={(id) => send({ type: 'camera.open', id })}
          renderItem={(camera) => <CameraSummary camera={camera} />}
          actions={(camera, index) => (
            <>
              <button type="button" class="button button--primary" onClick={() => send({ type: 'camera.open', id: camera.id })}>
                {t('cam.open')}
                <span class="visually-hidden"> {cameraName(camera, index, t)}</span>
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  const newId = crypto.randomUUID();
                  send({ type: 'camera.duplicate', id: camera.id, newId });
                  focusId(itemHeadingId('cameras', newId));
                  announce(t('cam.duplicated', { name: cameraName(camera, index, t) }));
                }}
              >
                {t('cam.duplicate')}
                <span class="visually-hidden"> {cameraName(camera, index, t)}</span>
              </button>
            </>
          )}
        />
      </Group>
    </StepFrame>
  );
}

export function CamerasStep() {
  const { snapshot } = useWizard();
  const view = cameraView(snapshot);
  if (view?.mode === 'editing' && view.cameraIndex >= 0) return <CameraEditor index={view.cameraIndex} branch={view.branch} centralReview={view.centralReview} />;
  return <CameraList />;
}
