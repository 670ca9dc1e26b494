// "Ny bedömning" → "Validering av digital tjänst": an empty validation, saved before the wizard opens so
// a reload finds it.
import type { Services } from '../../../ui/services';
import { navigate } from '../../../ui/router';
import { empty } from '../schema';
import { recordOf } from './record';

export async function createService(storage: Services['storage']): Promise<{ ok: true } | { ok: false; reason: string }> {
  const doc = empty(crypto.randomUUID(), new Date());
  const result = await storage.saveDocument(recordOf(doc, null, new Date()));
  if (!result.ok) return { ok: false, reason: result.reason };
  navigate({ name: 'service', id: doc.id, step: 'service' });
  return { ok: true };
}
