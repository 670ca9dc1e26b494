// The parts of a camera assessment that have an outcome of their own: each camera, named as the
// principal named it. The review's outcome lists them when there is more than one.
import type { Assessment, Evaluation, Outcome } from '../../domain';
import type { Translate } from '../../../../ui/i18n';

export interface OutcomePart {
  key: string;
  name: string;
  outcome: Outcome;
}

export function outcomeParts(a: Assessment, evaluation: Evaluation, t: Translate): OutcomePart[] {
  return evaluation.cameraOutcomes.map(({ cameraId, outcome }) => {
    const i = a.cameras.findIndex((c) => c.id === cameraId);
    return { key: cameraId, name: a.cameras[i]?.name.trim() || t('cam.defaultName', { n: i + 1 }), outcome };
  });
}
