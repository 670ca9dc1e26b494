// What the decision step still needs before the principal can sign; it never changes the outcome,
// since the decision is taken after the outcome is known.
import type { Assessment, Evaluation, Missing } from './types';
import { missingEntry } from './required';

export function decisionMissing(a: Assessment, ev: Evaluation): Missing[] {
  if (ev.signoffKind !== 'decision') return [];
  const missing: Missing[] = [];
  for (const { cameraId } of ev.cameraOutcomes) {
    const index = a.decision.cameraDecisions.findIndex((d) => d.cameraId === cameraId);
    const camera = a.cameras.find((c) => c.id === cameraId);
    if (index === -1) {
      const name = camera?.name || cameraId;
      missing.push({ ...missingEntry('decision.cameraDecisions'), label: { sv: `Beslut för ${name}`, en: `Decision for ${name}` } });
    } else if (a.decision.cameraDecisions[index]?.verdict === '') {
      missing.push(missingEntry(`decision.cameraDecisions.${index}.verdict`));
    }
  }
  if (a.decision.overallReason.trim() === '') missing.push(missingEntry('decision.overallReason'));
  return missing;
}
