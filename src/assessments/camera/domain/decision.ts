// What the decision step still needs before the principal can sign; it never changes the outcome,
// since the decision is taken after the outcome is known.
import type { Assessment, Evaluation, Missing } from './types';
import { missingEntry } from './required';
import { hasChanges, unacknowledgedWarnings } from './verdicts';

export function decisionMissing(a: Assessment, ev: Evaluation): Missing[] {
  if (ev.signoffKind === null) return [];
  const missing: Missing[] = [];
  if (ev.signoffKind === 'decision') {
    for (const { cameraId } of ev.cameraOutcomes) {
      const index = a.decision.cameraDecisions.findIndex((d) => d.cameraId === cameraId);
      const camera = a.cameras.find((c) => c.id === cameraId);
      const d = a.decision.cameraDecisions[index];
      if (index === -1 || !d) {
        const name = camera?.name || cameraId;
        missing.push({ ...missingEntry('decision.cameraDecisions'), label: { sv: `Beslut för ${name}`, en: `Decision for ${name}` } });
      } else if (d.verdict === '') {
        missing.push(missingEntry(`decision.cameraDecisions.${index}.verdict`));
      } else if (d.verdict === 'approve-changed' && !hasChanges(d)) {
        // "Approved with changes" must say which: narrower hours, masking or a shorter retention.
        missing.push(missingEntry(`decision.cameraDecisions.${index}.changes`));
      }
    }
    if (a.decision.overallReason.trim() === '') missing.push(missingEntry('decision.overallReason'));
  }
  // (2026-12) Each open warning is answered, or explicitly decided "utan kommentar".
  const open = unacknowledgedWarnings(a, ev);
  if (open.length > 0) {
    missing.push({
      ...missingEntry('decision.withoutComment'),
      label: {
        sv: `Kommentar eller "beslutas utan kommentar" för ${open.length} ${open.length === 1 ? 'varning' : 'varningar'}`,
        en: `A comment or "decided without comment" for ${open.length} ${open.length === 1 ? 'warning' : 'warnings'}`,
      },
    });
  }
  return missing;
}
