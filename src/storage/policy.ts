// The organisation's policy as stored: validated with the camera domain (valibot and the rules' defaults), so it
// lives apart from settings.ts, which the home page's read path loads without the domain.
import { defaultPolicy, profileFrom, restorePolicy } from '../assessments/camera/domain';
import type { Policy } from '../assessments/camera/domain';

export { defaultPolicy, profileFrom, restorePolicy };

/** The stored policy (validated, since disk is untrusted) or the default. */
export function policyFrom(value: unknown): { policy: Policy; custom: boolean } {
  if (value === undefined || value === null) return { policy: defaultPolicy, custom: false };
  const restored = restorePolicy(value);
  return restored.ok ? { policy: restored.value, custom: true } : { policy: defaultPolicy, custom: false };
}
