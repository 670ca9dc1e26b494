// "Ny bedömning": first the choice of kind (#/ny); each kind's start then creates its document
// (src/assessments/pages.ts).
import type { Services } from '../services';
import { navigate } from '../router';

/** Home's "Ny bedömning": asks which kind of assessment before anything is created. */
export async function createAndOpen(_storage: Services['storage']): Promise<{ ok: true } | { ok: false; reason: string }> {
  navigate({ name: 'new' });
  return { ok: true };
}
