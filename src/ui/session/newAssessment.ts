// "Ny bedömning": an empty assessment, saved before the wizard opens so a reload finds it.
import type { Services } from '../services';
import { navigate } from '../router';

export async function createAndOpen(storage: Services['storage']): Promise<{ ok: true } | { ok: false; error: string }> {
  // The domain arrives with storage's chunk; importing it here keeps it out of the first paint.
  const { emptyAssessment } = await import('../../domain');
  const a = emptyAssessment(crypto.randomUUID(), new Date());
  const result = await storage.save(a, a.revision);
  if (!result.ok) return { ok: false, error: 'error' in result ? result.error : result.reason };
  navigate({ name: 'assessment', id: a.id });
  return { ok: true };
}
