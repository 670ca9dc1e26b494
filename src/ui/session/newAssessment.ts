// "Ny bedömning": first the choice of kind (#/ny); the camera choice then creates an empty assessment,
// saved before the wizard opens so a reload finds it.
import type { Services } from '../services';
import { navigate } from '../router';

/** Home's "Ny bedömning": asks which kind of assessment before anything is created. */
export async function createAndOpen(_storage: Services['storage']): Promise<{ ok: true } | { ok: false; reason: string }> {
  navigate({ name: 'new' });
  return { ok: true };
}

/**
 * On failure, `reason` is storage's reason (see reasons.ts for its sentence). `existing` starts the review of
 * surveillance already filming (an existing decision or old IMY permit) instead of new surveillance.
 */
export async function createCameraAndOpen(
  storage: Services['storage'],
  existing = false,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  // The domain arrives with storage's chunk; importing it here keeps it out of the first paint.
  const { emptyAssessment } = await import('../../assessments/camera/domain');
  const a = emptyAssessment(crypto.randomUUID(), new Date(), existing);
  const result = await storage.save(a, a.revision);
  if (!result.ok) return { ok: false, reason: result.reason };
  navigate({ name: 'assessment', id: a.id });
  return { ok: true };
}
