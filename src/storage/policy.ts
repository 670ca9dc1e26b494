// The organisation's policy as stored: validated by the store's kind (valibot and the rules' defaults), so it
// lives apart from settings.ts, which the home page's read path loads without the kind.
import type { StorePolicy } from '../engine/kind';
import { storeKind } from './store-kind';

/** The stored policy (validated, since disk is untrusted) or the default. */
export function policyFrom(value: unknown): { policy: StorePolicy; custom: boolean } {
  const kind = storeKind();
  if (value === undefined || value === null) return { policy: kind.defaultPolicy, custom: false };
  const restored = kind.restorePolicy(value);
  return restored.ok ? { policy: restored.value, custom: true } : { policy: kind.defaultPolicy, custom: false };
}
