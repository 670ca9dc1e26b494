// "Ny bedömning" → camera surveillance: an empty assessment, saved before the wizard opens so a reload finds it.
import type { Services } from '../../../ui/services';
import { navigate } from '../../../ui/router';
import { emptyAssessment } from '../domain';

/**
 * On failure, `reason` is storage's reason. `existing` starts the review of surveillance already filming (an
 * existing decision or old IMY permit) instead of new surveillance.
 */
export async function createCamera(storage: Services['storage'], existing: boolean): Promise<{ ok: true } | { ok: false; reason: string }> {
  const a = emptyAssessment(crypto.randomUUID(), new Date(), existing);
  const result = await storage.save(a, a.revision);
  if (!result.ok) return { ok: false, reason: result.reason };
  navigate({ name: 'assessment', id: a.id });
  return { ok: true };
}
